import Foundation
import LabCore

/// Shared data for the tree, forest, neighbour, naive Bayes and dummy tests:
/// the sklearn CSVs, the golden split indices and the golden model fits in
/// `../shared` beside the repository.
enum TreeFixtures {
    /// Repository root (three levels above this file, symlinks resolved).
    static let repoRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `/work/shared` locally, `../shared` beside the clone in CI.
    static let sharedRoot = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A numeric CSV with a header; the last column is the target.
    static func loadCSV(_ name: String) throws -> (x: Matrix, target: [Double]) {
        let url = sharedRoot.appendingPathComponent("datasets/sklearn/\(name).csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [[Double]] = []
        var target: [Double] = []
        for line in text.split(separator: "\n").dropFirst() where !line.isEmpty {
            let fields = line.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) ?? .nan }
            rows.append(Array(fields.dropLast()))
            target.append(fields.last ?? .nan)
        }
        return (Matrix(rowArrays: rows), target)
    }

    /// A JSON object under `shared/golden/`.
    static func golden(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: sharedRoot.appendingPathComponent("golden/\(path)"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// A golden binary setup: train/test features and labels, plus the golden model fits.
    struct Setup {
        var trainX: FeatureMatrix, trainY: [Int], testX: FeatureMatrix, testY: [Int]
        var models: [String: Any]
    }

    /// `digits_9_vs_rest` (y = target == 9) or `breast_cancer`, split as sklearn did.
    static func setup(_ name: String) throws -> Setup {
        let csv = try loadCSV(name == "digits_9_vs_rest" ? "digits" : name)
        let y = csv.target.map { name == "digits_9_vs_rest" ? ($0 == 9 ? 1 : 0) : Int($0) }
        let split = try golden("models/splits/\(name).json")
        let train = split["train_indices"] as? [Int] ?? []
        let test = split["test_indices"] as? [Int] ?? []
        let fits = try golden("models/\(name).json")
        return Setup(trainX: .dense(csv.x.selectingRows(train)), trainY: train.map { y[$0] },
                     testX: .dense(csv.x.selectingRows(test)), testY: test.map { y[$0] },
                     models: fits["models"] as? [String: Any] ?? [:])
    }

    /// Fraction of equal entries.
    static func accuracy(_ a: [Int], _ b: [Int]) -> Double {
        Double(zip(a, b).filter { $0 == $1 }.count) / Double(max(1, a.count))
    }
}
