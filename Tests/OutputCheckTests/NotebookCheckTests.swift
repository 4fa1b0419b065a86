import Foundation
import LabRuntime
import Testing
@testable import OutputCheck

@Suite struct NotebookCheckTests {
    static let notebook = """
        # Iris

        ```lab
        load iris
        relabel iris positive=2
        split iris test=0.3 stratify seed=0
        ```

        Some prose.

        ```lab
        train tree max_depth=2 seed=0 on iris.train
        evaluate tree on iris.test metrics=accuracy,f1
        plot roc tree on iris.test
        ```

        """

    /// A folder with the notebook rendered into `Outputs/`.
    func rendered() throws -> (folder: URL, notebook: URL, outputs: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let notebook = folder.appendingPathComponent("iris.md")
        try Self.notebook.write(to: notebook, atomically: true, encoding: .utf8)
        let outputs = folder.appendingPathComponent("Outputs")
        let report = NotebookRunner.run(notebook, displayPath: "iris.md", options: RunOptions(outputDirectory: outputs))
        #expect(!report.failed, "\(report.messages)")
        return (folder, notebook, outputs)
    }

    @Test func freshOutputsPass() throws {
        let (folder, notebook, outputs) = try rendered()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = NotebookCheck.check(notebook, displayPath: "iris.md", options: .init(committedDirectory: outputs))
        #expect(report.passed, "\(report.differences) \(report.errors)")
    }

    @Test func staleOutputsFailWithADiffNamingTheBlockAndPassAfterRerunning() throws {
        let (folder, notebook, outputs) = try rendered()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = outputs.appendingPathComponent("iris.md")
        let text = try String(contentsOf: markdown, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.hasPrefix("| tree |") })
        var stale = lines.map(String.init)
        stale[row] = "| tree | 0.1234 | 0.5678 |"
        try stale.joined(separator: "\n").write(to: markdown, atomically: true, encoding: .utf8)
        let failed = NotebookCheck.check(notebook, displayPath: "iris.md", options: .init(committedDirectory: outputs))
        #expect(!failed.passed)
        let first = try #require(failed.differences.first)
        #expect(first.line == row + 1)
        #expect(first.context.hasPrefix("block 2 (line"))
        #expect(first.context.contains("train tree max_depth=2"))
        #expect(first.expected == "| tree | 0.1234 | 0.5678 |")

        _ = NotebookRunner.run(notebook, displayPath: "iris.md", options: RunOptions(outputDirectory: outputs))
        let again = NotebookCheck.check(notebook, displayPath: "iris.md", options: .init(committedDirectory: outputs))
        #expect(again.passed, "\(again.differences)")
    }

    @Test func aChangedNotebookFailsOnItsResultsAndFigures() throws {
        let (folder, notebook, outputs) = try rendered()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.notebook.replacingOccurrences(of: "test=0.3", with: "test=0.5")
            .write(to: notebook, atomically: true, encoding: .utf8)
        let report = NotebookCheck.check(notebook, displayPath: "iris.md", options: .init(committedDirectory: outputs))
        #expect(report.differences.contains { $0.file.hasSuffix("iris.json") && $0.context.contains("evaluate tree on iris.test") },
                "\(report.differences)")
        #expect(report.differences.contains { $0.file.hasSuffix(".svg") }, "\(report.differences)")
    }

    @Test func missingCommittedOutputIsADifference() throws {
        let (folder, notebook, outputs) = try rendered()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: outputs.appendingPathComponent("iris.json"))
        let report = NotebookCheck.check(notebook, displayPath: "iris.md", options: .init(committedDirectory: outputs))
        #expect(report.differences.contains { $0.expected.contains("missing") })
    }

    @Test func inPlaceNotebooksCompareTheirOwnRegions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notebook = folder.appendingPathComponent("handout.md")
        try Self.notebook.write(to: notebook, atomically: true, encoding: .utf8)
        var run = RunOptions(outputDirectory: folder)
        run.inPlace = true
        #expect(!NotebookRunner.run(notebook, displayPath: "handout.md", options: run).failed)
        var options = NotebookCheck.Options(committedDirectory: folder)
        options.inPlace = true
        #expect(NotebookCheck.check(notebook, displayPath: "handout.md", options: options).passed)
        let edited = try String(contentsOf: notebook, encoding: .utf8).replacingOccurrences(of: "| tree |", with: "| tree2 |")
        try edited.write(to: notebook, atomically: true, encoding: .utf8)
        let report = NotebookCheck.check(notebook, displayPath: "handout.md", options: options)
        #expect(report.differences.first?.context.contains("block 2") == true)
    }
}
