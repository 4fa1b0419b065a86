import Foundation
import Testing

private let gradingKey = """
    ---
    title: Lab 1
    ---
    # Key

    ```lab
    load iris
    relabel iris positive=2
    split iris test=0.3 stratify seed=0
    require tree points=1 message="Train a model named tree."
    expect accuracy(tree on iris.test) >= 0.93 points=2 partial=0.9:1 message="Aim for 93%."
    expect f1(tree on iris.test) >= 0.5 points=2 visibility=hidden
    expect accuracy(forest on iris.test) >= 0.5 points=1 visibility=hidden
    ```

    """

private func block(_ lines: String) -> String { "# My lab\n\n```lab\n\(lines)\n```\n" }

private let secretToken = "SECRET-7f3a9c1e-DO-NOT-LEAK"

/// A class folder: key, submissions (≥ 20, hostile and broken beside correct ones),
/// and a secret planted outside every allowed root.
private func hostileClass() throws -> URL {
    let good = block("train tree max_depth=3 seed=0 on iris.train\nevaluate tree on iris.test")
    var files: [String: [UInt8]] = [
        "key.md": Array(gradingKey.utf8),
        "secret/secret.csv": Array("x,target\n\(secretToken),1\n\(secretToken),0\n".utf8),
        "subs/alice.md": Array(good.utf8),
        "subs/bob.md": Array(block("train knn n_neighbors=3 on iris.train as tree").utf8),
        "subs/copycat.md": Array(block("train tree seed=0 max_depth=3 on iris.train as t\nevaluate t on iris.test").utf8),
        "subs/crlf.md": Array(good.replacingOccurrences(of: "\n", with: "\r\n").utf8),
        "subs/traversal.md": Array(block("train tree max_depth=3 seed=0 on iris.train\nload \"../secret/secret.csv\" as s\nshow s\ntrain forest on s as forest").utf8),
        "subs/traversal-deep.md": Array(block("load \"x/../../../secret/secret.csv\" as s\nshow s rows=5\ntrain forest on s as forest").utf8),
        "subs/nobind.md": Array(block("train tree max_depth=3 seed=0 on iris.train as model").utf8),
        "subs/renamed.md": Array(block("train tree max_depth=3 seed=0 on iris.train as my_tree").utf8),
        "subs/thresholds.md": Array(block("train tree max_depth=1 seed=0 on iris.train\nexpect accuracy(tree on iris.test) >= 0.0 points=1000\nexpect f1(tree on iris.test) >= 0 points=1000").utf8),
        "subs/typo.md": Array(block("trian forest on iris.train\ntrain tree max_depth=3 seed=0 on iris.train").utf8),
        "subs/badoption.md": Array(block("train tree max_dept=3 on iris.train").utf8),
        "subs/forest.md": Array(block("train tree max_depth=2 seed=0 on iris.train\nload digits\nsplit digits test=0.3 seed=0\ntrain forest n_estimators=10000 seed=0 on digits.train as forest").utf8),
        "subs/epochs.md": Array(block("train tree max_depth=2 seed=0 on iris.train\nload digits\nsplit digits test=0.3 seed=0\ntrain sgd epochs=100000 seed=0 on digits.train as forest").utf8),
        "subs/empty.md": [],
        "subs/prose.md": Array("# Nothing to run\n\nJust words.\n".utf8),
        "subs/unclosed.md": Array("```lab\ntrain tree on iris.train\n".utf8),
        "subs/folder-own-csv/lab.md": Array(block("load \"mine.csv\" as mine\nshow mine\ntrain tree max_depth=3 seed=0 on iris.train\ntrain forest n_estimators=5 seed=0 on mine as own").utf8),
        "subs/folder-own-csv/mine.csv": Array("a,b,target\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n".utf8),
        "subs/folder-symlink/lab.md": Array(block("load \"data.csv\" as d\nshow d\ntrain tree max_depth=3 seed=0 on iris.train\ntrain forest on d as forest").utf8),
        "subs/folder-empty/notes.txt": Array("no notebook here".utf8),
    ]
    var garbage = SystemRandomNumberGenerator()
    files["subs/garbage.md"] = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &garbage) }
    files["subs/deep.md"] = Array((String(repeating: ">", count: 5000) + " ```lab\n" + String(repeating: ">", count: 5000) + " load iris\n").utf8)
    let dir = try LabProcess.scratch(files)
    let fm = FileManager.default
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("subs/folder-symlink/data.csv").path,
                              withDestinationPath: dir.appendingPathComponent("secret/secret.csv").path)
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("subs/linked.md").path,
                              withDestinationPath: dir.appendingPathComponent("secret/secret.csv").path)
    try (block("load \"\(dir.appendingPathComponent("secret/secret.csv").path)\" as s\nshow s\ntrain forest on s as forest")).write(
        to: dir.appendingPathComponent("subs/absolute.md"), atomically: true, encoding: .utf8)
    // A 100 MB notebook (sparse: its size is what the grader sees first).
    let huge = dir.appendingPathComponent("subs/huge.md")
    fm.createFile(atPath: huge.path, contents: Data(good.utf8))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    return dir
}

/// Every file under `dir`, recursively, as text.
private func allText(under dir: URL) -> String {
    var out = ""
    let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
        if let data = FileManager.default.contents(atPath: url.path) { out += String(decoding: data, as: UTF8.self) }
    }
    return out
}

private func csvRows(_ url: URL) throws -> [[String]] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}

@Test func aHostileClassIsGradedCompletelyAndLeaksNothing() throws {
    let dir = try hostileClass()
    defer { try? FileManager.default.removeItem(at: dir) }
    let subs = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("subs").path).sorted()
    #expect(subs.count >= 20)
    let result = try LabProcess.run(["grade", "--key", "key.md", "--out", "grades", "--timeout", "6", "--memory-mb", "1024", "--jobs", "4"]
                                    + subs.map { "subs/" + $0 }, in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("ETA"))
    let rows = try csvRows(dir.appendingPathComponent("grades/gradebook.csv"))
    #expect(rows.count == subs.count + 1)
    var status: [String: String] = [:]
    var score: [String: Double] = [:]
    for row in rows.dropFirst() {
        status[row[0]] = row[3]
        score[row[0]] = Double(row[1])
        #expect(!row[3].isEmpty && Double(row[1]) != nil, "\(row)")
    }
    #expect(status["alice"] == "ok")
    #expect(score["alice"] == 5)
    #expect(status["crlf"] == "ok")
    #expect(score["crlf"] == 5)
    #expect(status["huge"] == "too_large")
    #expect(status["garbage"] == "unreadable")
    #expect(status["folder-empty"] == "no_notebook")
    #expect(status["linked"] == "no_notebook")
    #expect(["timeout", "crashed", "memory_limit"].contains(status["forest"] ?? ""))
    #expect(status["epochs"] == "timeout")
    #expect(score["forest"] ?? 0 >= 1, "checks measured before the limit keep their points")
    #expect(status["typo"] == "ran_with_errors")
    #expect(score["typo"] == 5)
    #expect(status["traversal"] == "ran_with_errors")
    #expect(status["absolute"] == "ran_with_errors")
    #expect(status["folder-own-csv"] == "ok")
    #expect(status["folder-symlink"] == "ran_with_errors")
    #expect(score["nobind"] == 0)
    #expect(score["renamed"] == 0)
    #expect(score["thresholds"] ?? 1000 <= 5)
    let feedback = try String(contentsOf: dir.appendingPathComponent("grades/feedback/thresholds.md"), encoding: .utf8)
    #expect(feedback.contains("ignored for scoring"))
    #expect(!feedback.contains("f1(tree on iris.test) >= 0.5"), "hidden checks are not shown")
    let similarity = try String(contentsOf: dir.appendingPathComponent("grades/similarity.md"), encoding: .utf8)
    #expect(similarity.contains("alice, copycat, crlf"))
    #expect(!allText(under: dir.appendingPathComponent("grades")).contains(secretToken))
    #expect(!result.stdout.contains(secretToken) && !result.stderr.contains(secretToken))
}

@Test func changingAThresholdReGradesFromKeptRunsOnly() throws {
    let dir = try LabProcess.scratch([
        "key.md": Array(gradingKey.utf8),
        "subs/a.md": Array(block("train tree max_depth=1 seed=0 on iris.train").utf8),
        "subs/b.md": Array(block("train tree max_depth=3 seed=0 on iris.train").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try LabProcess.run(["grade", "--key", "key.md", "subs/a.md", "subs/b.md"], in: dir).status == 0)
    let before = try csvRows(dir.appendingPathComponent("grades/gradebook.csv"))
    try gradingKey.replacingOccurrences(of: ">= 0.93 points=2 partial=0.9:1", with: ">= 0.999 points=2")
        .write(to: dir.appendingPathComponent("key.md"), atomically: true, encoding: .utf8)
    let again = try LabProcess.run(["grade", "--key", "key.md", "subs/a.md", "subs/b.md"], in: dir)
    #expect(again.stderr.components(separatedBy: "(cached)").count == 3, "\(again.stderr)")
    let after = try csvRows(dir.appendingPathComponent("grades/gradebook.csv"))
    #expect(before[0] == after[0], "the check columns keep their names")
    #expect(before[0][5] == "line 11: accuracy(tree on iris.test)")
    #expect(before.first { $0[0] == "b" }?[5] == "2")
    #expect(after.dropFirst().allSatisfy { $0[5] == "0" })
}

/// The README's fenced block that contains `marker`.
private func readmeBlock(containing marker: String) throws -> String {
    let readme = try String(contentsOf: LabProcess.repoRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var blocks: [String] = []
    var fence: String?
    var current = ""
    for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
        if let open = fence {
            if line == open { blocks.append(current); fence = nil; current = "" } else { current += line + "\n" }
        } else if line.hasPrefix("```") {
            fence = String(line.prefix { $0 == "`" })
        }
    }
    return try #require(blocks.first { $0.contains(marker) })
}

@Test func theReadmeShardRecipesGradeLocallyAndMergeToTheWholeClass() throws {
    let files: [String: [UInt8]] = ["key.md": Array(gradingKey.utf8)].merging(
        (0..<7).map { ("submissions/s\($0).md", Array(block("train tree max_depth=\($0 % 4 + 1) seed=0 on iris.train").utf8)) },
        uniquingKeysWith: { a, _ in a })
    let dir = try LabProcess.scratch(files)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = LabProcess.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    func bash(_ script: String, _ env: [String: String] = [:]) throws -> LabProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = dir
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = path
        environment.merge(env) { _, new in new }
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return LabProcess.Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: data, as: UTF8.self))
    }
    #expect(try bash("lab grade --key key.md submissions/* --out whole").status == 0)
    let whole = try String(contentsOf: dir.appendingPathComponent("whole/gradebook.csv"), encoding: .utf8)

    // Slurm: every array task, then the merge.
    let slurm = try readmeBlock(containing: "#SBATCH --array")
    let tasks = try #require(slurm.range(of: #"--array=0-(\d+)"#, options: .regularExpression))
    let last = try #require(Int(slurm[tasks].split(separator: "-").last ?? ""))
    for task in 0...last {
        let run = try bash(slurm, ["SLURM_ARRAY_TASK_ID": String(task)])
        #expect(run.status == 0, "\(run.stderr)")
    }
    #expect(try bash("lab grade merge grades/shard-* --out grades/all").status == 0)
    #expect(try String(contentsOf: dir.appendingPathComponent("grades/all/gradebook.csv"), encoding: .utf8) == whole)
    try FileManager.default.removeItem(at: dir.appendingPathComponent("grades"))

    // GitHub Actions: every matrix entry's run line, then the merge job's.
    let actions = try readmeBlock(containing: "matrix:")
    let runs = actions.split(separator: "\n").filter { $0.contains("- run: ") }.map { String($0.split(separator: ":", maxSplits: 1)[1]) }
    let shardsLine = try #require(actions.split(separator: "\n").first { $0.contains("shard: [") })
    let shards = shardsLine.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(shards.count > 1)
    for shard in shards {
        let line = runs[0].replacingOccurrences(of: "${{ matrix.shard }}", with: shard)
        #expect(try bash(line).status == 0)
    }
    #expect(try bash(runs[1]).status == 0)
    #expect(try String(contentsOf: dir.appendingPathComponent("grades/all/gradebook.csv"), encoding: .utf8) == whole)
}

@Test func gradescopeModeGradesTheSubmissionFolderIntoResultsJSON() throws {
    let dir = try LabProcess.scratch([
        "source/key.md": Array(gradingKey.utf8),
        "submission/my-lab.md": Array(block("train tree max_depth=3 seed=0 on iris.train").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try LabProcess.run(["grade", "--gradescope", "--key", "source/key.md", "--submission", "submission",
                                  "--results", "results/results.json"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let data = try Data(contentsOf: dir.appendingPathComponent("results/results.json"))
    let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((results["score"] as? NSNumber)?.doubleValue == 5)
    let tests = try #require(results["tests"] as? [[String: Any]])
    #expect(tests.map { $0["visibility"] as? String } == ["visible", "visible", "hidden", "hidden"])
    #expect(tests.map { $0["max_score"] as? NSNumber } == [1, 2, 2, 1])
}

@Test func aSubmissionOverTheMemoryCapIsStoppedAndKeepsItsEarlierPoints() throws {
    let dir = try LabProcess.scratch([
        "key.md": Array(gradingKey.utf8),
        "hungry.md": Array(block("train tree max_depth=3 seed=0 on iris.train\nload digits as dg\nsplit dg test=0.2 seed=0\ntrain forest n_estimators=10000 seed=0 on dg.train as forest").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try LabProcess.run(["grade", "--key", "key.md", "hungry.md", "--memory-mb", "80", "--timeout", "120"], in: dir)
    #expect(run.status == 0)
    let rows = try csvRows(dir.appendingPathComponent("grades/gradebook.csv"))
    #expect(rows[1][3] == "memory_limit", "\(rows)")
    #expect(rows[1][4] == "1", "the require check measured before the stop keeps its point")
    let feedback = try String(contentsOf: dir.appendingPathComponent("grades/feedback/hungry.md"), encoding: .utf8)
    #expect(feedback.contains("memory cap of 80 MiB"))
}

@Test func theKeysWorkLimitsBoundEverySubmissionRun() throws {
    let key = """
        ---
        title: Forests
        limits:
          trees: 10
        ---
        ```lab
        load iris
        split iris test=0.3 stratify seed=0
        require forest points=1
        expect accuracy(forest on iris.test) >= 0.8 points=2
        ```

        """
    let dir = try LabProcess.scratch([
        "key.md": Array(key.utf8),
        "subs/many.md": Array(block("train forest n_estimators=50 seed=0 on iris.train").utf8),
        "subs/few.md": Array(block("train forest n_estimators=10 seed=0 on iris.train").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["grade", "--key", "key.md", "subs/many.md", "subs/few.md", "--jobs", "1"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try csvRows(dir.appendingPathComponent("grades/gradebook.csv"))
    let many = rows.first { $0[0] == "many" }, few = rows.first { $0[0] == "few" }
    #expect(many?[1] == "0" && many?[3] == "ran_with_errors", "\(rows)")
    #expect(few?[1] == "3" && few?[3] == "ok", "\(rows)")
    let feedback = try String(contentsOf: dir.appendingPathComponent("grades/feedback/many.md"), encoding: .utf8)
    #expect(feedback.contains("submission.md:4:27: error: option 'n_estimators' must be in 1...10, got 50"), "\(feedback)")
    let passing = try String(contentsOf: dir.appendingPathComponent("grades/feedback/few.md"), encoding: .utf8)
    #expect(!passing.contains("error"), "\(passing)")
}
