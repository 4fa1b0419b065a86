import Foundation
import Testing

private let quickstart = """
    ---
    title: t
    params:
      share: 0.25
    ---

    # Title

    ```lab
    load iris
    param seed=3
    split iris test=$share stratify seed=$seed
    show iris.test rows=2
    train tree max_depth=2 on iris.train
    plot confusion tree on iris.test
    ```

    Prose after.
    """

@Test func runningTwiceGivesByteIdenticalOutputs() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(quickstart.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    let afterFirst = LabProcess.snapshot(dir)
    #expect(afterFirst["/Outputs/nb.md"] != nil)
    #expect(afterFirst["/Outputs/nb.json"] != nil)
    #expect(afterFirst["/Outputs/nb/confusion-tree-iris-test.svg"] != nil)
    let second = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(second.status == 0)
    #expect(LabProcess.snapshot(dir) == afterFirst)
}

@Test func inPlaceTwiceLeavesTheSourceAsTheFirstRunWroteIt() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(quickstart.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try LabProcess.run(["run", "--in-place", "nb.md"], in: dir).status == 0)
    let once = try Data(contentsOf: dir.appendingPathComponent("nb.md"))
    #expect(String(decoding: once, as: UTF8.self).contains("<!-- lab:output -->"))
    #expect(try LabProcess.run(["run", "--in-place", "nb.md"], in: dir).status == 0)
    let twice = try Data(contentsOf: dir.appendingPathComponent("nb.md"))
    #expect(once == twice)
    #expect(String(decoding: twice, as: UTF8.self).components(separatedBy: "<!-- lab:output -->").count == 2)
}

@Test func parameterOverridesBeatDefaultsAndFrontMatter() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(quickstart.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["run", "nb.md", "--param", "share=0.2", "--param", "seed=9"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: dir.appendingPathComponent("Outputs/nb.md"), encoding: .utf8)
    #expect(text.contains("| test | 30 | 0.200 |"))
    #expect(text.contains("| seed | 9 | overridden (default 3) |"))
}

@Test func resultsFileHoldsTheContractObject() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(quickstart.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["run", "nb.md", "--results", "r.json"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as? [String: Any]
    #expect(object?["notebook"] as? String == "nb.md")
    #expect(object?["records"] is [Any])
}

@Test func usageErrorsExitWithStatusTwo() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(quickstart.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["run", "nb.md", "--param", "oops"], in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--param expects NAME=VALUE, got 'oops'"))
    #expect(try LabProcess.run(["run", "--no-such-flag", "nb.md"], in: dir).status == 2)
}

@Test func keepGoingShowsTheErrorInItsRegionAndStillFails() throws {
    let notebook = "# T\n\n```lab\nload iris\nsplit iris test=150\n```\n\n```lab\nshow iris rows=1\n```\n"
    let dir = try LabProcess.scratch(["nb.md": Array(notebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["run", "--keep-going", "nb.md"], in: dir)
    #expect(result.status == 1)
    let text = try String(contentsOf: dir.appendingPathComponent("Outputs/nb.md"), encoding: .utf8)
    #expect(text.contains("error: the split leaves no training rows"))
    #expect(text.contains("First 1 rows of iris"))
}

@Test func helpExplainsTheCommands() throws {
    let result = try LabProcess.run(["--help"], in: FileManager.default.temporaryDirectory)
    #expect(result.status == 0)
    #expect(result.stdout.contains("run"))
    #expect(result.stdout.contains("Exit status: 0 success, 1 notebook error, 2 usage error."))
}

@Test func anUnknownParamOverrideExitsWithAUsageError() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(quickstart.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["run", "nb.md", "--param", "sede=1"], in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: --param sede: nb.md has no parameter 'sede' (its parameters: seed, share)"))
    #expect(result.stderr.contains("hint: did you mean 'seed'?"))
    #expect(LabProcess.snapshot(dir)["/Outputs/nb.md"] == nil)
}
