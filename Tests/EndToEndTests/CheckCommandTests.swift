import Foundation
import Testing

private let irisNotebook = """
    # Iris

    ```lab
    load iris
    relabel iris positive=2
    split iris test=0.3 stratify seed=0
    train tree max_depth=2 seed=0 on iris.train
    evaluate tree on iris.test metrics=accuracy,f1
    ```

    """

@Test func checkFailsOnAStaleOutputWithADiffNamingTheBlockAndPassesAfterRun() throws {
    let dir = try LabProcess.scratch(["iris.md": Array(irisNotebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try LabProcess.run(["run", "iris.md"], in: dir).status == 0)
    #expect(try LabProcess.run(["check", "iris.md"], in: dir).status == 0)

    let rendered = dir.appendingPathComponent("Outputs/iris.md")
    let text = try String(contentsOf: rendered, encoding: .utf8)
    try text.replacingOccurrences(of: "| tree |", with: "| tree | 0.5 |").write(to: rendered, atomically: true, encoding: .utf8)
    let stale = try LabProcess.run(["check", "iris.md"], in: dir)
    #expect(stale.status == 1)
    #expect(stale.stderr.contains("Outputs/iris.md:"))
    #expect(stale.stderr.contains("block 1 (line 3: `load iris`), its output"))
    #expect(stale.stderr.contains("- committed: | tree | 0.5 |"))

    #expect(try LabProcess.run(["run", "iris.md"], in: dir).status == 0)
    #expect(try LabProcess.run(["check", "iris.md"], in: dir).status == 0)
}

@Test func checkRejectsANegativeTolerance() throws {
    let dir = try LabProcess.scratch(["iris.md": Array(irisNotebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["check", "iris.md", "--rtol=-1"], in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--rtol and --atol must be finite and not negative"))
}

/// `lab check` takes unchanged steps from the result cache `lab run` filled (a check after
/// a long render costs nothing), still catches an edited notebook, and `--no-cache`
/// recomputes without reading or writing the cache.
@Test func checkReusesTheRunsCacheAndNoCacheRecomputes() throws {
    let dir = try LabProcess.scratch(["iris.md": Array(irisNotebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try LabProcess.run(["run", "iris.md"], in: dir).status == 0)
    let cache = dir.appendingPathComponent(".lab-cache")
    func entries() -> Set<String> {
        Set((FileManager.default.enumerator(atPath: cache.path)?.allObjects as? [String]) ?? [])
    }
    let afterRun = entries()
    #expect(!afterRun.isEmpty)
    #expect(try LabProcess.run(["check", "iris.md"], in: dir).status == 0)
    #expect(try LabProcess.run(["check", "iris.md", "--no-cache"], in: dir).status == 0)
    // Neither check added entries: the first found every step cached, the second never wrote.
    #expect(entries() == afterRun)
    // An edit the committed output does not reflect is still a difference.
    let edited = irisNotebook.replacingOccurrences(of: "max_depth=2", with: "max_depth=1")
    try edited.write(to: dir.appendingPathComponent("iris.md"), atomically: true, encoding: .utf8)
    #expect(try LabProcess.run(["check", "iris.md"], in: dir).status == 1)
}
