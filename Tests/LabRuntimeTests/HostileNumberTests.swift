import Foundation
import LabRuntime
import Testing

/// A number from the notebook that must give a located error, never a trap or unbounded work.
struct HostileNumber: CustomStringConvertible, Sendable {
    var code: String
    var expected: String
    var description: String { code }
}

private let setup = "load iris\nsplit iris test=0.3 seed=0\n"

let hostileNumbers: [HostileNumber] = [
    HostileNumber(code: "load iris\nsplit iris test=1000000000000000000000", expected: "nb.md:5:17: error: test=1000000000000000000000 asks for more rows than the dataset has (150)"),
    HostileNumber(code: "load iris\nsplit iris test=1e300", expected: "nb.md:5:17: error: test=1e300 is a float, so it must be a fraction strictly between 0 and 1"),
    HostileNumber(code: "load iris\nsplit iris test=1.0", expected: "nb.md:5:17: error: test=1.0 is a float, so it must be a fraction strictly between 0 and 1; write a whole number for a row count"),
    HostileNumber(code: "load iris\nsplit iris test=-5", expected: "nb.md:5:17: error: test must be a fraction between 0 and 1 or a row count, got -5"),
    HostileNumber(code: setup + "train tree max_features=1e30 on iris.train", expected: "nb.md:6:25: error: option 'max_features' must be in 1...10000000 or a fraction, got 1e30"),
    HostileNumber(code: setup + "train forest n_estimators=100000000 on iris.train", expected: "nb.md:6:27: error: option 'n_estimators' must be in 1...10000, got 100000000"),
    HostileNumber(code: setup + "train tree max_depth=-3 on iris.train", expected: "nb.md:6:22: error: option 'max_depth' must be in 1...10000, got -3"),
    HostileNumber(code: setup + "train knn n_neighbors=0 on iris.train", expected: "nb.md:6:23: error: option 'n_neighbors' must be in 1...100000, got 0"),
    HostileNumber(code: setup + "train sgd epochs=1e12 on iris.train", expected: "nb.md:6:18: error: option 'epochs' must be in 0...100000, got 1e12"),
    HostileNumber(code: setup + "train tree seed=-1 on iris.train", expected: "nb.md:6:17: error: option 'seed' must be in 0...4294967295, got -1"),
    HostileNumber(code: setup + "train logistic C=-1 on iris.train", expected: "nb.md:6:18: error: cannot train logistic: invalid value -1.0 for c: expected a finite number > 0"),
    HostileNumber(code: setup + "train tree on iris.train as m\nexpect accuracy(m on iris.test) >= 0.5 points=-3", expected: "nb.md:7:47: error: option 'points' must be in 0...1000000, got -3"),
    HostileNumber(code: "load iris\nshow iris rows=-1", expected: "nb.md:5:16: error: option 'rows' must be in 0...10000000, got -1"),
    HostileNumber(code: "load iris\nshow iris rows=1e300", expected: "nb.md:5:16: error: option 'rows' expects an integer, got 1e300"),
    HostileNumber(code: "load \"t.csv\"\nsplit t test=1\ntokenize t with tfidf ngrams=1..100000000000 as f", expected: "nb.md:6:30: error: option 'ngrams' must be in 1...20, got 1..100000000000"),
]

@Test(arguments: hostileNumbers)
func hostileNumbersGiveALocatedErrorNamingTheBound(_ input: HostileNumber) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lab-numbers-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "text,label\na b,1\nc d,0\ne f,1\ng h,0\n".write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
    try "# Lab\n\n```lab\n\(input.code)\n```\n".write(to: dir.appendingPathComponent("nb.md"), atomically: true, encoding: .utf8)
    let report = NotebookRunner.run(dir.appendingPathComponent("nb.md"), displayPath: "nb.md",
                                    options: RunOptions(outputDirectory: dir.appendingPathComponent("Outputs")))
    #expect(report.failed)
    let first = report.messages.first?.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix(input.expected), "got: \(report.messages)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Outputs").path))
}

@Test func aVeryLongMisspeltNameGetsNoSuggestionAndNoQuadraticWork() throws {
    let long = String(repeating: "irisx", count: 40_000)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lab-long-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "# Lab\n\n```lab\nload \(long)\n```\n".write(to: dir.appendingPathComponent("nb.md"), atomically: true, encoding: .utf8)
    let report = NotebookRunner.run(dir.appendingPathComponent("nb.md"), displayPath: "nb.md",
                                    options: RunOptions(outputDirectory: dir.appendingPathComponent("Outputs")))
    #expect(report.failed)
    #expect(report.messages.first?.contains("did you mean") == false)
}

private func runNotebook(_ code: String, _ configure: (inout RunOptions) -> Void) throws -> RunReport {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lab-limits-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "# Lab\n\n```lab\n\(code)\n```\n".write(to: dir.appendingPathComponent("nb.md"), atomically: true, encoding: .utf8)
    var options = RunOptions(outputDirectory: dir.appendingPathComponent("Outputs"))
    configure(&options)
    return NotebookRunner.run(dir.appendingPathComponent("nb.md"), displayPath: "nb.md", options: options)
}

@Test func theLimitsARunIsGivenAreTheOnesChecked() throws {
    let report = try runNotebook(setup + "train forest n_estimators=10 on iris.train") { $0.workLimits.maxTrees = 5 }
    #expect(report.messages.first?.hasPrefix("nb.md:6:27: error: option 'n_estimators' must be in 1...5, got 10") == true)
}

@Test func aParameterOverrideMeetsTheSameBoundAtRunTime() throws {
    let report = try runNotebook("param n=10\n" + setup + "train forest n_estimators=$n on iris.train") {
        $0.parameters = [("n", "100000000")]
    }
    #expect(report.failed)
    #expect(report.messages.first?.contains("option 'n_estimators' must be in 1...10000, got 100000000") == true, "\(report.messages)")
}
