import Foundation
import LabRuntime
import Testing

private let twoBlocks = Lab.notebook([
    "load iris\nsplit iris test=0.25 stratify seed=0\ntrain tree max_depth=2 seed=0 on iris.train",
    "evaluate tree on iris.test metrics=accuracy,f1\nexpect accuracy(tree on iris.test) >= 0.5 points=2",
])

@Test func inPlaceRunsWriteTheResultsJSONAndTwoRunsAreByteIdentical() throws {
    let dir = try Lab.scratch(twoBlocks)
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir, inPlace: true).failed)
    let firstJSON = try #require(Lab.read("nb.json", in: dir))
    let firstMarkdown = Lab.read("nb.md", in: dir)
    #expect(!Lab.run(in: dir, inPlace: true).failed)
    #expect(Lab.read("nb.json", in: dir) == firstJSON)
    #expect(Lab.read("nb.md", in: dir) == firstMarkdown)
}

@Test func recordsCarryBlockStepAndTheLineOfTheSourceWithoutRegions() throws {
    let dir = try Lab.scratch(twoBlocks)
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let plain = try #require(Lab.read("Outputs/nb.json", in: dir))
    let records = try Records(plain).filter { $0["directive"] as? String != "split" }
    #expect(records.map { [$0["block"] as? Int, $0["step"] as? Int, $0["line"] as? Int] } == [[2, 1, 14], [2, 1, 14], [2, 2, 15]])
    #expect(records.map { $0["metric"] as? String } == ["accuracy", "f1", "accuracy"])
    #expect(plain.contains("{\n   \"block\": 2,\n   \"step\": 1,\n   \"line\": 14,\n   \"directive\": \"evaluate\""))
    // The same notebook with output regions in it (as --in-place leaves it) gives the same results.
    let inPlace = try Lab.scratch(twoBlocks)
    defer { try? FileManager.default.removeItem(at: inPlace) }
    #expect(!Lab.run(in: inPlace, inPlace: true).failed)
    let rendered = try #require(Lab.read("nb.md", in: inPlace))
    #expect(rendered.contains("<!-- lab:output -->"))
    #expect(!Lab.run(in: inPlace, inPlace: true).failed)
    #expect(Lab.read("nb.json", in: inPlace) == plain)
}

@Test func theResolvedProgramDeclaresReadsWritesAndVersions() throws {
    let program = try Lab.compile(Lab.notebook([
        "load digits\nrelabel digits positive=9\nsplit digits test=0.25 stratify seed=0\nscale digits\nscale digits as scaled",
        "train tree seed=0 on digits.train\nevaluate tree on digits.test metrics=accuracy",
    ]))
    #expect(!program.hasErrors)
    let steps = program.steps
    #expect(steps.map(\.id) == ["b1.s1", "b1.s2", "b1.s3", "b1.s4", "b1.s5", "b2.s1", "b2.s2"])
    #expect(steps.map { $0.writes.map(\.description) } == [
        ["digits@1"], ["digits@2"], ["digits@3"], ["digits@4"], ["scaled@1"], ["tree@1"], [],
    ])
    #expect(steps.map { $0.reads.map(\.description) } == [
        [], ["digits@1"], ["digits@2"], ["digits@3"], ["digits@4"], ["digits@4"], ["tree@1", "digits@4"],
    ])
    #expect(program.producer(of: steps[6].reads[0])?.id == "b2.s1")
    #expect(steps[2].canonicalForm == "split digits seed=0 stratify=true test=0.25")
    #expect(steps[5].canonicalForm == "train tree on digits.train seed=0 as tree")
}

@Test func figureNamesDependOnlyOnTheDirectiveAndItsInputs() throws {
    let plot = "plot confusion tree on iris.test"
    let alone = try Lab.scratch(Lab.notebook(["load iris\nsplit iris seed=0\ntrain tree seed=0 on iris.train\n" + plot]))
    defer { try? FileManager.default.removeItem(at: alone) }
    let after = try Lab.scratch(Lab.notebook(["load iris\nsplit iris seed=0\ntrain tree seed=0 on iris.train\nplot bars iris\nplot roc tree on iris.test pos_label=1\n" + plot].map { $0.replacingOccurrences(of: "plot roc tree on iris.test pos_label=1\n", with: "") }))
    defer { try? FileManager.default.removeItem(at: after) }
    #expect(!Lab.run(in: alone).failed && !Lab.run(in: after).failed)
    #expect(Lab.read("Outputs/nb/confusion-tree-iris-test.svg", in: alone) != nil)
    #expect(Lab.read("Outputs/nb/confusion-tree-iris-test.svg", in: after) == Lab.read("Outputs/nb/confusion-tree-iris-test.svg", in: alone))
    let twice = try Lab.scratch(Lab.notebook(["load iris\nsplit iris seed=0\ntrain tree seed=0 on iris.train\n\(plot)\n\(plot) normalize"]))
    defer { try? FileManager.default.removeItem(at: twice) }
    #expect(!Lab.run(in: twice).failed)
    #expect(Lab.read("Outputs/nb/confusion-tree-iris-test-2.svg", in: twice) != nil)
}
