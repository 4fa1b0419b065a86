import Foundation
import Testing

private let notebook = """
# Two processes, one cache

```lab
load digits
relabel digits positive=9
split digits test=0.25 stratify seed=0
train forest n_estimators=30 seed=0 on digits.train as forest
train tree max_depth=4 seed=0 on digits.train as tree
evaluate forest, tree on digits.test metrics=accuracy,roc_auc
plot roc forest, tree on digits.test
```

"""

@Test func twoConcurrentRunsOnOneCacheBothSucceedWithIdenticalOutputs() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(notebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let cache = dir.appendingPathComponent("shared-cache").path
    func start(_ output: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = LabProcess.executable
        process.arguments = ["run", "nb.md", "--output-dir", output, "--quiet"]
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["LAB_CACHE_DIR"] = cache
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, err)
    }
    for round in 0..<2 {
        let a = try start("a\(round)"), b = try start("b\(round)")
        let errA = a.1.fileHandleForReading.readDataToEndOfFile(), errB = b.1.fileHandleForReading.readDataToEndOfFile()
        a.0.waitUntilExit()
        b.0.waitUntilExit()
        #expect(a.0.terminationStatus == 0, "\(String(decoding: errA, as: UTF8.self))")
        #expect(b.0.terminationStatus == 0, "\(String(decoding: errB, as: UTF8.self))")
        #expect(errA.isEmpty && errB.isEmpty, "no cache notes expected")
        let outA = LabProcess.snapshot(dir.appendingPathComponent("a\(round)"))
        #expect(!outA.isEmpty)
        #expect(outA == LabProcess.snapshot(dir.appendingPathComponent("b\(round)")))
    }
    // After both, a third run takes everything from the cache.
    let third = try LabProcess.run(["run", "nb.md", "--output-dir", "c"], in: dir, environment: ["LAB_CACHE_DIR": cache])
    #expect(third.status == 0)
    let stepLines = third.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(" line ") }
    #expect(stepLines.count == 7)
    #expect(stepLines.allSatisfy { $0.hasPrefix("  cached ") }, "\(third.stdout)")
    #expect(LabProcess.snapshot(dir.appendingPathComponent("c")) == LabProcess.snapshot(dir.appendingPathComponent("a0")))
}

@Test func runPrintsEachStepWithItsTimeAndExplainSaysWhy() throws {
    let dir = try LabProcess.scratch(["nb.md": Array(notebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try LabProcess.run(["run", "nb.md", "--explain"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("  ran     "))
    #expect(first.stdout.contains("line 7  train forest n_estimators=30 seed=0 on digits.train as forest"))
    #expect(first.stdout.contains("why: first run of this notebook with this cache"))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".lab-cache/CACHEDIR.TAG").path))
    try Data(notebook.replacingOccurrences(of: "max_depth=4", with: "max_depth=5").utf8).write(to: dir.appendingPathComponent("nb.md"))
    let second = try LabProcess.run(["run", "nb.md", "--explain"], in: dir)
    #expect(second.stdout.contains("why: its directive changed (was: `train tree max_depth=4 seed=0 on digits.train as tree`)"))
    #expect(second.stdout.contains("why: value `tree` changed upstream"))
    let quiet = try LabProcess.run(["run", "nb.md", "--quiet"], in: dir)
    #expect(!quiet.stdout.contains(" line "))
    #expect(quiet.stderr.isEmpty)
    let bad = try LabProcess.run(["run", "nb.md", "--no-cache", "--force"], in: dir)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("--no-cache and --force exclude each other"))
}
