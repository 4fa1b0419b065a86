import Foundation
import LabScript
import Testing
@testable import LabRuntime

// A `--param` value is read as the same value written in the notebook (a list, a number,
// a quoted string), and a `$param` holding a list expands where a list option expects it.

private let texts = "load \"t.csv\"\nsplit t test=0.5 seed=0\n"
private let lora = Lab.notebook(["param targets=query,value\n" + texts + "train transformer lora=8 targets=$targets on t.train as m"])

private func resolvedOption(_ program: CheckedProgram, verb: String, _ key: String) -> Value? {
    program.steps.first { $0.resolved.verb == verb }?.resolved.option(key)
}

@Test func aListParameterOverrideReachesAListOption() throws {
    let program = try Lab.compile(lora, parameters: [("targets", "query,key,value")])
    #expect(program.diagnostics.map(\.summary) == [])
    #expect(resolvedOption(program, verb: "train", "targets")
        == .list([.identifier("query"), .identifier("key"), .identifier("value")]))
}

@Test func theNotebooksOwnListDefaultStillResolves() throws {
    let program = try Lab.compile(lora)
    #expect(program.diagnostics.map(\.summary) == [])
    #expect(resolvedOption(program, verb: "train", "targets") == .list([.identifier("query"), .identifier("value")]))
}

@Test func aListParameterIsSplicedBesideOtherElements() throws {
    let text = Lab.notebook(["param more=query\n" + texts + "train transformer lora=8 targets=$more,key on t.train as m"])
    let program = try Lab.compile(text, parameters: [("more", "query,value")])
    #expect(program.diagnostics.map(\.summary) == [])
    #expect(resolvedOption(program, verb: "train", "targets")
        == .list([.identifier("query"), .identifier("value"), .identifier("key")]))
}

@Test func aParameterOverrideIsReadAsTheNotebookReadsAValue() {
    #expect(ParameterText.argument("3") == .number(3, literal: "3"))
    #expect(ParameterText.argument("1e-3") == .number(1e-3, literal: "1e-3"))
    #expect(ParameterText.argument("gini") == .identifier("gini"))
    #expect(ParameterText.argument("1,2") == .list([.number(1, literal: "1"), .number(2, literal: "2")]))
    #expect(ParameterText.argument("\"a,b\"") == .string("a,b"))
    #expect(ParameterText.argument("1..4") == .range(1, 4))
    // Free text that is not one value stays a string, as before.
    #expect(ParameterText.argument("Not 9, 9") == .string("Not 9, 9"))
    #expect(ParameterText.argument("$other") == .string("$other"))
}

@Test func aBadElementOfAListParameterNamesTheValidValues() throws {
    let summaries = try Lab.summaries(lora, parameters: [("targets", "query,keys")])
    #expect(summaries == ["nb.md:9:34: error: unknown value 'keys' for option 'targets' (valid values: query, key, value, attention_output, intermediate, output, dense, all-linear)"])
}

@Test func aListParameterGivenToASingleValuedOptionIsALocatedError() throws {
    let text = Lab.notebook(["param depth=3\nload iris\ntrain tree max_depth=$depth on iris"])
    let summaries = try Lab.summaries(text, parameters: [("depth", "2,3")])
    #expect(summaries == ["nb.md:8:22: error: option 'max_depth' expects an integer, got a list of 2 values ($depth = 2,3)"])
}

@Test func aListParameterOverrideOfMetricsRunsInProcess() throws {
    let text = Lab.notebook(["param metrics=accuracy\nload iris\nsplit iris test=0.3 seed=0\n"
        + "train tree max_depth=2 seed=0 on iris.train\nevaluate tree on iris.test metrics=$metrics"])
    let dir = try Lab.scratch(text)
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = Lab.run(in: dir, parameters: [("metrics", "accuracy,recall")])
    #expect(!report.failed, "\(report.messages)")
    let output = Lab.read("Outputs/nb.md", in: dir) ?? ""
    #expect(output.contains("accuracy") && output.contains("recall") && !output.contains("f1"), "\(output)")
}
