import Foundation

/// A JSON value decoded exactly (`JSONDecoder` parses doubles to the nearest
/// value; `JSONSerialization` can be an ulp off on Linux).
enum FixtureValue: Decodable {
    case int(Int), double(Double), bool(Bool), string(String), array([FixtureValue]), object([String: FixtureValue]), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([FixtureValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: FixtureValue].self)) }
    }

    subscript(key: String) -> FixtureValue { if case .object(let o) = self { return o[key] ?? .null }; return .null }
    var int: Int? { if case .int(let i) = self { return i }; return nil }
    var double: Double? {
        switch self { case .int(let i): return Double(i); case .double(let d): return d; default: return nil }
    }
    var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var array: [FixtureValue] { if case .array(let a) = self { return a }; return [] }
    var ints: [Int]? { let a = array.compactMap(\.int); return a.count == array.count ? a : nil }
    var doubles: [Double]? { let a = array.compactMap(\.double); return a.count == array.count ? a : nil }
}

/// Reference values written by `scripts/fixtures/make_sklearn_fixtures.py`
/// (NumPy 2.4.6, scikit-learn 1.9.1) under `Tests/Fixtures/ScikitLearn/`;
/// a copy of `LabCoreTests/ScikitLearnFixture.swift` plus the feature loader.
enum ScikitLearnFixture {
    static let repoRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture's top-level object.
    static func load(_ name: String) throws -> FixtureValue {
        let data = try Data(contentsOf: repoRoot.appendingPathComponent("Tests/Fixtures/ScikitLearn/\(name)"))
        return try JSONDecoder().decode(FixtureValue.self, from: data)
    }

    /// The fixture's `cases` array.
    static func cases(_ name: String, key: String = "cases") throws -> [FixtureValue] {
        try load(name)[key].array
    }

    /// A built-in dataset's target column as shipped in `Sources/LabCore/Resources/datasets`
    /// (`digits_9_vs_rest`: 1 for a 9, else 0).
    static func target(_ dataset: String) throws -> [Double] {
        let file = dataset == "digits_9_vs_rest" ? "digits" : dataset
        let url = repoRoot.appendingPathComponent("Sources/LabCore/Resources/datasets/\(file).csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let values = text.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: ",").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        return dataset == "digits_9_vs_rest" ? values.map { $0 == 9 ? 1 : 0 } : values
    }
}

import LabCore
import Models

extension ScikitLearnFixture {
    /// A built-in dataset split as `train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)`.
    static func stratifiedQuarterSplit(_ dataset: String) throws
        -> (trainX: FeatureMatrix, trainY: [Int], testX: FeatureMatrix, testY: [Int]) {
        let file = dataset == "digits_9_vs_rest" ? "digits" : dataset
        let url = repoRoot.appendingPathComponent("Sources/LabCore/Resources/datasets/\(file).csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [[Double]] = []
        for line in text.split(separator: "\n").dropFirst() where !line.isEmpty {
            rows.append(line.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) ?? .nan })
        }
        let x = Matrix(rowArrays: rows.map { Array($0.dropLast()) })
        let y = try target(dataset).map { Int($0) }
        let parts = try Splitter.split(n: y.count, test: .fraction(0.25), stratifyBy: y, seed: 0)
        let train = parts[0].indices, test = parts[1].indices
        return (.dense(x.selectingRows(train)), train.map { y[$0] }, .dense(x.selectingRows(test)), test.map { y[$0] })
    }
}
