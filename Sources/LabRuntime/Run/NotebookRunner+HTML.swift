import LabCore
import Foundation
import Notebook

extension NotebookRunner {
    /// Runs the notebook at `url` (through the cache, like `run`) and writes it as one
    /// self-contained page, `OUTPUT-DIR/NAME.html`. Nothing is written when the run fails.
    public static func html(_ url: URL, displayPath: String, options: RunOptions) -> RunReport {
        var report = RunReport()
        guard let data = try? FileConfinement(roots: [URL(fileURLWithPath: "/")]).read(url) else {
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
        guard !program.hasErrors, let executed = execute(program, notebook: url, options: options, report: &report),
              !report.failed else {
            report.failed = true
            return report
        }
        let name = url.deletingPathExtension().lastPathComponent
        let page = HTMLPage.render(notebook, outputs: executed.outputs, inlineValues: executed.inlineValues,
                                   fallbackTitle: name)
        let target = options.outputDirectory.appendingPathComponent(name + ".html")
        var batch = WriteBatch()
        batch.add(page, to: target)
        do {
            try batch.commit()
            report.written.append(target)
        } catch {
            report.messages.append("\(error)")
            report.failed = true
        }
        return report
    }
}
