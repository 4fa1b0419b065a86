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
        guard let program = Program.compile(notebook, displayPath: displayPath, options: options, report: &report) else {
            report.failed = true
            return report
        }
        let name = url.deletingPathExtension().lastPathComponent
        var context = ExecutionContext(
            locator: DataLocator(notebookDirectory: url.deletingLastPathComponent(), dataDirectories: options.dataDirectories),
            notebookName: url.lastPathComponent, modelsDirectory: options.modelsDirectory)
        context.session.overrides = program.overrides
        context.session.parameters = program.overrides
        var outputs: [Int: [Output]] = [:]
        for step in program.steps {
            do {
                var inv = Invocation(step.directive, flags: Set(step.registered.spec.flags), parameters: context.session.parameters)
                inv.limits = options.workLimits
                outputs[step.block, default: []] += try step.registered.run(inv, &context)
            } catch {
                let diagnostic = step.diagnostic(for: error)
                report.messages.append(diagnostic.description)
                report.failed = true
                guard options.keepGoing else { return report }
                outputs[step.block, default: []].append(.error(diagnostic.description))
            }
        }
        do {
            try NotebookWriter(notebook: notebook, name: name, source: url, options: options)
                .write(outputs: outputs, records: context.records, report: &report)
        } catch {
            report.messages.append("\(error)")
            report.failed = true
        }
        return report
    }
}
