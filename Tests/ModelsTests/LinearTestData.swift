import Foundation
import LabCore

/// Test fixtures for the linear-model tests: the shared scikit-learn CSVs,
/// their golden splits and reference fits (see `../shared/golden/README.md`).
enum LinearTestData {
    /// `/work/shared` or, in CI, `../shared` beside the clone.
    static let sharedRoot: URL = {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repoRoot = file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// Parses `Tests/Fixtures/Models/NAME` as a JSON object.
    static func fixture(_ name: String) throws -> [String: Any] {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/Models/\(name)")
        let data = try Data(contentsOf: file)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// A dataset as features and raw target values.
    struct Table {
        var features: Matrix
        var target: [Double]
    }

    /// Reads `datasets/sklearn/NAME.csv`: a header, numeric columns, `target` last.
    static func table(_ name: String) throws -> Table {
        let url = sharedRoot.appendingPathComponent("datasets/sklearn/\(name).csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var rows: [[Double]] = [], target: [Double] = []
        for line in lines {
            let fields = line.split(separator: ",").map { Double($0) ?? .nan }
            rows.append(Array(fields.dropLast()))
            target.append(fields.last ?? .nan)
        }
        return Table(features: Matrix(rowArrays: rows), target: target)
    }

    /// Parses `golden/RELATIVE` as a JSON object.
    static func json(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: sharedRoot.appendingPathComponent("golden/\(relative)"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// A golden train/test split of a classification dataset.
    struct Split {
        var xTrain: Matrix, yTrain: [Int], xTest: Matrix, yTest: [Int]
    }

    /// The golden split for `digits_9_vs_rest` (y = target == 9) or `breast_cancer`.
    static func classification(_ name: String) throws -> Split {
        let table = try self.table(name == "digits_9_vs_rest" ? "digits" : name)
        let y = table.target.map { name == "digits_9_vs_rest" ? ($0 == 9 ? 1 : 0) : Int($0) }
        let split = try json("models/splits/\(name).json")
        let train = split["train_indices"] as? [Int] ?? [], test = split["test_indices"] as? [Int] ?? []
        return Split(xTrain: table.features.selectingRows(train), yTrain: train.map { y[$0] },
                     xTest: table.features.selectingRows(test), yTest: test.map { y[$0] })
    }

    /// The reference entry `models.MODEL` of `golden/models/NAME.json`.
    static func reference(_ name: String, _ model: String) throws -> [String: Any] {
        let file = try json("models/\(name).json")
        return (file["models"] as? [String: Any])?[model] as? [String: Any] ?? [:]
    }

    /// Test accuracy recorded in a reference entry.
    static func accuracy(_ reference: [String: Any]) -> Double {
        (reference["test"] as? [String: Any])?["accuracy"] as? Double ?? .nan
    }

    /// Fraction of equal entries.
    static func accuracy(_ a: [Int], _ b: [Int]) -> Double {
        Double(zip(a, b).filter { $0 == $1 }.count) / Double(max(a.count, 1))
    }

    /// CSR copy of a dense matrix (zeros dropped).
    static func sparse(_ m: Matrix) -> SparseMatrix {
        var offsets = [0], cols: [Int] = [], vals: [Double] = []
        for i in 0..<m.rows {
            for j in 0..<m.columns where m[i, j] != 0 { cols.append(j); vals.append(m[i, j]) }
            offsets.append(cols.count)
        }
        return SparseMatrix(rows: m.rows, columns: m.columns, rowOffsets: offsets, columnIndices: cols, values: vals)
    }

    /// `‖a − b‖ / ‖b‖`.
    static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
        let num = zip(a, b).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let den = b.reduce(0.0) { $0 + $1 * $1 }
        return (num / den).squareRoot()
    }
}
