import Foundation
import LabRuntime
import Notebook
import Testing
@testable import Grading

/// Runs `submission` in process against `keyText` and scores it.
func grade(_ submission: String, key keyText: String = irisKey, student: String = "s") throws -> StudentResult {
    let k = try key(keyText)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graded-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let notebook = folder.appendingPathComponent("submission.md")
    try submission.write(to: notebook, atomically: true, encoding: .utf8)
    let events = folder.appendingPathComponent("events.jsonl")
    try SubmissionRun.run(key: k, notebook: notebook, folder: folder, dataDirectories: [], modelsDirectory: nil, events: events)
    return Scorer.score(student: student, record: RunEvent.record(from: events), key: k)
}

@Suite struct GradedRunTests {
    @Test func theKeysChecksScoreAndTheStudentsOwnExpectLinesAreIgnored() throws {
        let result = try grade("""
            # My lab

            ```lab
            train tree max_depth=3 seed=0 on iris.train
            expect accuracy(tree on iris.test) >= 0.1 points=100
            ```
            """)
        #expect(result.status == .ok)
        #expect(result.maxScore == 5)
        #expect(result.checks[0].state == .passed)
        let accuracy = try #require(result.checks.first { $0.id == "tree accuracy" })
        #expect(accuracy.value != nil)
        #expect(result.score <= 5)
        #expect(result.notes.contains { $0.contains("line 5") && $0.contains("ignored for scoring") })
    }

    @Test func aNotebookThatNeverBindsTheCheckedNameScoresZeroWithReasons() throws {
        let result = try grade("```lab\ntrain tree2 max_depth=3 seed=0 on iris.train as model\n```\n")
        #expect(result.score == 0)
        #expect(result.checks[0].state == .failed)
        #expect(result.checks[0].detail == "the notebook never binds `tree`")
        #expect(result.checks[1].state == .error)
        #expect(result.checks[1].detail?.contains("tree") == true)
    }

    @Test func linesWithErrorsAreSkippedAndTheRestIsScored() throws {
        let result = try grade("""
            ```lab
            trian forest on iris.train
            train tree max_depth=3 seed=0 on iris.train
            evaluate forest on iris.test
            ```
            """)
        #expect(result.status == .ranWithErrors)
        #expect(result.checks[0].state == .passed)
        #expect(result.notes.contains { $0.contains("skipped") && $0.contains(": 2, 4.") })
        #expect(result.diagnostics.contains { $0.contains("unknown directive 'trian'") })
    }

    @Test func aRenamedBindingFailsTheRequireCheck() throws {
        let result = try grade("```lab\ntrain tree max_depth=3 seed=0 on iris.train as my_tree\n```\n")
        #expect(result.checks[0].state == .failed)
        #expect(result.checks[0].score == 0)
    }

    @Test func unreadableNotebooksAreReportedNotRun() throws {
        let k = try key(irisKey)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notebook = folder.appendingPathComponent("submission.md")
        try Data([0xFF, 0xFE, 0x00, 0x80, 0x81]).write(to: notebook)
        let events = folder.appendingPathComponent("events.jsonl")
        try SubmissionRun.run(key: k, notebook: notebook, folder: folder, dataDirectories: [], modelsDirectory: nil, events: events)
        let result = Scorer.score(student: "x", record: RunEvent.record(from: events), key: k)
        #expect(result.status == .unreadable)
        #expect(result.score == 0)
        #expect(result.checks.allSatisfy { $0.state == .notEvaluated })
    }
}
