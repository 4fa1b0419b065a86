import Foundation
import LabCore
import LabScript
import Notebook

/// Runs one notebook end to end: parse, check, execute, render, splice, write.
///
/// Nothing is written unless the whole run succeeds (or `keepGoing` is set):
/// a notebook with an error leaves every file as it was. With `keepGoing`, a
/// notebook with check errors still runs: directives with errors, and those that
/// read what a failed directive would have written, are skipped and shown as
/// errors in their regions; everything independent runs, renders and records.
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
        let program = CheckedProgram.compile(notebook, displayPath: displayPath, parameters: options.parameters)
        if !program.unknownParameters.isEmpty {
            report.messages += program.unknownParameters.map { RunError.unknownParameter($0, notebook: displayPath, known: program.parameterNames).description }
            report.failed = true
            report.usageError = true
            return report
        }
        report.messages += program.diagnostics.map(\.description)
        if program.hasErrors {
            report.failed = true
            guard options.keepGoing else { return report }
        }
        let name = url.deletingPathExtension().lastPathComponent
        var context = ExecutionContext(
            locator: DataLocator(notebookDirectory: url.deletingLastPathComponent(), dataDirectories: options.dataDirectories),
            notebookName: url.lastPathComponent, modelsDirectory: options.modelsDirectory)
        context.session.overrides = program.overrides
        context.session.parameters = program.parameters
        var execution = ProgramExecution(program: program)
        guard execution.run(&context, keepGoing: options.keepGoing, report: &report) else { return report }
        do {
            try NotebookWriter(notebook: notebook, name: name, source: url, options: options)
                .write(outputs: execution.outputs, records: context.records, report: &report)
        } catch {
            report.messages.append("\(error)")
            report.failed = true
        }
        return report
    }
}
