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
        // A notebook must be a regular file: a FIFO or a device would block or never end.
        guard let data = try? FileConfinement(roots: [URL(fileURLWithPath: "/")]).read(url) else {
            report.messages.append(RunError.cannotRead(displayPath).description)
            report.failed = true
            return report
        }
        let notebook: ParsedNotebook
        do {
            notebook = try NotebookParser.parse(path: displayPath, bytes: data)
        } catch {
            report.messages.append("\(error)")
            report.failed = true
            return report
        }
        let program = CheckedProgram.compile(notebook, displayPath: displayPath, parameters: options.parameters,
                                             limits: options.workLimits)
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
        guard let executed = execute(program, notebook: url, options: options, report: &report) else { return report }
        do {
            try NotebookWriter(notebook: notebook, name: name, source: url, options: options)
                .write(outputs: executed.outputs, inlineValues: executed.inlineValues, records: executed.records, report: &report)
        } catch {
            report.messages.append("\(error)")
            report.failed = true
        }
        return report
    }

    /// Executes a checked program (through the cache unless it is off); nil when a
    /// run error stopped it. A value the cache promised but could not load makes it
    /// run once more, recomputing everything.
    static func execute(_ program: CheckedProgram, notebook url: URL, options: RunOptions,
                        report: inout RunReport) -> (outputs: [Int: [Output]], inlineValues: [Int: String], records: [ResultRecord])? {
        let start = report
        var force = options.cache == .force
        while true {
            var context = ExecutionContext(
                locator: DataLocator(notebookDirectory: url.deletingLastPathComponent(), dataDirectories: options.dataDirectories),
                notebookName: url.lastPathComponent, modelsDirectory: options.modelsDirectory)
            context.session.overrides = program.overrides
            context.session.parameters = program.parameters
            context.progress = options.progress
            context.limits = options.workLimits
            let steps = StepRunner(notebook: url, options: options, force: force)
            var execution = ProgramExecution(program: program, steps: steps)
            let finished = execution.run(&context, keepGoing: options.keepGoing, report: &report)
            if execution.needsRestart, !force {
                for failure in steps.loadFailures {
                    steps.note("lab: cache: cannot load \(failure); running again without reading the cache")
                }
                report = start
                force = true
                continue
            }
            guard finished else { return nil }
            return (execution.outputs, execution.inlineValues, context.records)
        }
    }
}
