import LabScript
import Testing
@testable import LabRuntime

// `targets=` takes the linear layers by name and PEFT's groups `dense` and `all-linear`;
// any other word is a located error that lists the words it takes.

private func compiled(_ targets: String) throws -> CheckedProgram {
    try Lab.compile(Lab.notebook(["load \"t.csv\"\nsplit t test=0.5 seed=0\ntrain transformer lora=8 targets=\(targets) on t.train as m"]))
}

@Test func peftsTargetGroupsAndEveryLinearLayerAreAccepted() throws {
    for targets in ["all-linear", "dense", "query,value,attention_output,intermediate,output"] {
        #expect(try compiled(targets).diagnostics.map(\.summary) == [], "\(targets)")
    }
}

@Test func anUnknownTargetIsALocatedErrorListingTheWordsTaken() throws {
    let diagnostics = try compiled("query,pooler").diagnostics
    #expect(diagnostics.map(\.summary) == ["nb.md:8:40: error: unknown value 'pooler' for option 'targets' (valid values: query, key, value, "
        + "attention_output, intermediate, output, dense, all-linear)"])
}
