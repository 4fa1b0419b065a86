import Foundation
import LabCore
import LabScript
import Notebook

/// Runs one notebook end to end: parse, check, execute, render, splice, write.
///
/// Nothing is written unless the whole run succeeds (or `keepGoing` is set):
/// a notebook with an error leaves every file as it was.
public enum NotebookRunner {
    /// Runs the notebook at `url`; `displayPath` is how messages name it.
    public static func run(_ url: URL, displayPath: String, options: RunOptions) -> RunReport {
        var report = RunReport()
        guard let data = FileManager.default.contents(atPath: url.path) else {
            report.messages.append(RunError.cannotRead(displayPath).description)
            report.failed = true
            return report
        }
        let notebook: ParsedNotebook
        do {
            notebook = try NotebookParser.parse(path: displayPath, bytes: Array(data))
        } catch {
            report.messages.append("\(error)")
            report.failed = true
            return report
        }
        guard let program = Program.compile(notebook, displayPath: displayPath, options: options, report: &report) else {
            report.failed = true
            return report
        }
        let name = url.deletingPathExtension().lastPathComponent
        let executed = StepExecutor(program: program, notebook: url, options: options).execute(&report)
        if executed.stopped { return report }
        do {
            try NotebookWriter(notebook: notebook, name: name, source: url, options: options)
                .write(outputs: executed.outputs, records: executed.records, report: &report)
        } catch {
            report.messages.append("\(error)")
            report.failed = true
        }
        return report
    }
}
