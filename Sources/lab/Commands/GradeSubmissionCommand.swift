import ArgumentParser
import Foundation
import Grading
import LabRuntime

/// `lab grade-submission`: the run process `lab grade` starts for one staged
/// submission. It lowers its own resource limits first, then runs the
/// submission against the key and reports measurements as JSON lines.
struct GradeSubmissionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade-submission",
        abstract: "Run one staged submission for lab grade (internal).",
        shouldDisplay: false
    )

    @Option var key: String
    @Option var notebook: String
    @Option var events: String
    @Option(name: .customLong("memory-bytes")) var memoryBytes: UInt64
    @Option(name: .customLong("cpu-seconds")) var cpuSeconds: UInt64
    @Option(name: .customLong("data-dir")) var dataDirectories: [String] = []
    @Option(name: .customLong("models-dir")) var modelsDirectory: String?

    func run() throws {
        ResourceLimits(memoryBytes: memoryBytes, cpuSeconds: cpuSeconds).apply()
        let keyURL = URL(fileURLWithPath: key)
        let gradingKey = try GradingKey.load(keyURL, displayPath: keyURL.lastPathComponent)
        let notebookURL = URL(fileURLWithPath: notebook)
        try SubmissionRun.run(key: gradingKey, notebook: notebookURL, folder: notebookURL.deletingLastPathComponent(),
                              dataDirectories: dataDirectories.map { URL(fileURLWithPath: $0) },
                              modelsDirectory: modelsDirectory.map { URL(fileURLWithPath: $0) },
                              events: URL(fileURLWithPath: events))
    }
}
