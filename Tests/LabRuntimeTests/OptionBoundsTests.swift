import Foundation
import LabScript
import Notebook
import Testing
@testable import LabRuntime

// Every integer option declares its range on its OptionSpec; the checker reports a
// value outside it (huge or negative) at the value, naming the range, before anything runs.

/// Every option of every directive and of every kind (`train tree`, `plot image`, …).
private func everyOption() -> [(owner: String, option: OptionSpec)] {
    var all: [(String, OptionSpec)] = []
    for spec in DirectiveRegistry.checkerSpecs {
        all += spec.options.map { (spec.name, $0) }
        for kind in spec.variants?.kinds ?? [] { all += kind.options.map { ("\(spec.name) \(kind.name)", $0) } }
    }
    return all
}

/// Whether a value of this type holds integers (alone, as a range, or in a list).
private func holdsIntegers(_ type: ValueType) -> Bool {
    switch type {
    case .integer, .range: return true
    case let .list(element): return holdsIntegers(element)
    default: return false
    }
}

@Test func everyIntegerOptionOfEveryDirectiveAndKindDeclaresItsRange() {
    let unbounded = everyOption().filter { holdsIntegers($0.option.type) && $0.option.bounds == nil }
    #expect(unbounded.map { "\($0.owner) \($0.option.name)" } == [])
}

@Test func gridOptionsOfCrossvalAndSearchKeepTheKindsRanges() {
    let kindOptions = ModelCatalog.kinds.flatMap(\.options).filter { $0.bounds != nil }
    for spec in DirectiveRegistry.checkerSpecs where spec.name == "crossval" || spec.name == "search" {
        for option in kindOptions {
            #expect(spec.option(option.name)?.bounds == option.bounds, "\(spec.name) \(option.name)")
        }
    }
}

/// A value outside an option's range and the error the checker gives.
struct OutOfRange: CustomStringConvertible, Sendable {
    var code: String
    var expected: String
    var description: String { code }
}

private let texts = "load \"t.csv\"\nsplit t test=0.5 seed=0\n"

let outOfRangeValues: [OutOfRange] = [
    OutOfRange(code: "load iris\ncrossval tree on iris folds=100000000", expected: "nb.md:7:29: error: option 'folds' must be in 2...1000, got 100000000"),
    OutOfRange(code: "load iris\ncrossval tree on iris folds=1", expected: "nb.md:7:29: error: option 'folds' must be in 2...1000, got 1"),
    OutOfRange(code: "load iris\nsearch tree max_depth=1..100000 on iris as best", expected: "nb.md:7:23: error: option 'max_depth' must be in 1...10000, got 1..100000"),
    OutOfRange(code: "load iris\nsearch tree seed=0,-4 on iris as best", expected: "nb.md:7:20: error: option 'seed' must be in 0...4294967295, got -4"),
    OutOfRange(code: "load iris\ntrain dummy strategy=constant constant=-1 on iris", expected: "nb.md:7:40: error: option 'constant' must be in 0...10000000, got -1"),
    OutOfRange(code: texts + "train transformer lora=-2 on t.train", expected: "nb.md:8:24: error: option 'lora' must be in 1...4096, got -2"),
    OutOfRange(code: texts + "train transformer max_steps=1e12 on t.train", expected: "nb.md:8:29: error: option 'max_steps' must be in 1...10000000, got 1e12"),
    OutOfRange(code: texts + "train transformer batch=0 on t.train", expected: "nb.md:8:25: error: option 'batch' must be in 1...4096, got 0"),
    OutOfRange(code: texts + "train transformer max_length=100000 on t.train", expected: "nb.md:8:30: error: option 'max_length' must be in 2...8192, got 100000"),
    OutOfRange(code: texts + "train transformer epochs=-1 on t.train", expected: "nb.md:8:26: error: option 'epochs' must be in 0...100000, got -1"),
    OutOfRange(code: texts + "train transformer warmup=2 on t.train", expected: "nb.md:8:26: error: option 'warmup' must be in 0...1, got 2"),
    OutOfRange(code: texts + "train transformer dropout=-0.5 lora=4 on t.train", expected: "nb.md:8:27: error: option 'dropout' must be in 0...1, got -0.5"),
    OutOfRange(code: texts + "embed t with minilm batch=1000000 as e", expected: "nb.md:8:27: error: option 'batch' must be in 1...4096, got 1000000"),
    OutOfRange(code: texts + "tokenize t with wordpiece rows=-3", expected: "nb.md:8:32: error: option 'rows' must be in 0...10000000, got -3"),
    OutOfRange(code: texts + "tokenize t with tfidf max_features=0 as f", expected: "nb.md:8:36: error: option 'max_features' must be in 1...10000000, got 0"),
    OutOfRange(code: texts + "tokenize t with counts min_df=-1 as f", expected: "nb.md:8:31: error: option 'min_df' must be in 0...10000000, got -1"),
    OutOfRange(code: "load digits\nplot image digits count=0", expected: "nb.md:7:25: error: option 'count' must be in 1...10000, got 0"),
    OutOfRange(code: "load digits\nplot image digits count=4 columns=1e9", expected: "nb.md:7:35: error: option 'columns' must be in 1...10000, got 1e9"),
    OutOfRange(code: "load iris\nplot bars iris width=1e308", expected: "nb.md:7:22: error: option 'width' must be in 16...10000, got 1e308"),
]

@Test(arguments: outOfRangeValues)
func aValueOutsideItsOptionsRangeIsALocatedErrorNamingTheRange(_ input: OutOfRange) throws {
    let summaries = try Lab.summaries(Lab.notebook([input.code]))
    #expect(summaries.first == input.expected, "got: \(summaries)")
}

@Test func aParameterOverrideOutsideTheRangeIsReportedAtItsUse() throws {
    let text = Lab.notebook(["param k=5\nload iris\ncrossval tree on iris folds=$k"])
    let summaries = try Lab.summaries(text, parameters: [("k", "-7")])
    #expect(summaries.first?.contains("option 'folds' must be in 2...1000") == true, "got: \(summaries)")
}

@Test func theRangesFollowTheLimitsTheProgramIsCheckedWith() throws {
    var limits = WorkLimits()
    limits.maxFolds = 4
    limits.maxRank = 8
    let text = Lab.notebook([texts + "train transformer lora=16 on t.train\ncrossval tree on t folds=5"])
    let notebook = try NotebookParser.parse(path: "nb.md", bytes: Array(text.utf8))
    let summaries = CheckedProgram.compile(notebook, displayPath: "nb.md", limits: limits).diagnostics.map(\.summary)
    #expect(summaries == ["nb.md:8:24: error: option 'lora' must be in 1...8, got 16",
                          "nb.md:9:26: error: option 'folds' must be in 2...4, got 5"])
}

@Test func aGridSearchWithMoreCandidatesThanTheLimitStopsBeforeFitting() throws {
    let dir = try Lab.scratch(Lab.notebook(["load iris\nsearch tree max_depth=1..3 criterion=gini,entropy on iris folds=2 as best"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    var options = RunOptions(outputDirectory: dir.appendingPathComponent("Outputs"))
    options.workLimits.maxCandidates = 4
    let report = NotebookRunner.run(dir.appendingPathComponent("nb.md"), displayPath: "nb.md", options: options)
    #expect(report.failed)
    #expect(report.messages.first?.contains("error: a grid search may try at most 4 candidates; these axes give more") == true,
            "\(report.messages)")
}
