import Foundation
import LabRuntime
import Notebook

/// The inside of one run process (`lab grade-submission`): parse the staged
/// submission, run it between the key's set-up and checks, and report every
/// measurement as an event as soon as it is taken.
public enum SubmissionRun {
    /// Runs the notebook `notebook` (inside `folder`, already staged by the grader)
    /// and writes events to `events`. Returns false if the notebook could not be read.
    @discardableResult
    public static func run(key: GradingKey, notebook: URL, folder: URL, dataDirectories: [URL],
                           modelsDirectory: URL?, events: URL) throws -> Bool {
        let writer = try RunEvent.Writer(url: events)
        let start = Date()
        var record = RunRecord()
        guard let data = FileManager.default.contents(atPath: notebook.path) else {
            record.stop = .unreadable
            record.diagnostics = ["cannot read \(notebook.lastPathComponent)"]
            writer.write(.done(record))
            return false
        }
        let parsed: ParsedNotebook
        do {
            parsed = try NotebookParser.parse(path: notebook.lastPathComponent, bytes: Array(data))
        } catch {
            record.stop = .unreadable
            record.diagnostics = [String("\(error)".prefix(2000))]
            writer.write(.done(record))
            return false
        }
        var checks: [GradedRun.Check] = []
        var seen = Set<String>()
        for check in key.checks {
            guard case .claim(let claim) = check.kind, seen.insert(claim.measure).inserted else { continue }
            checks.append(GradedRun.Check(id: claim.measure, directive: claim.directive))
        }
        var required = Set<String>()
        for check in key.checks { if case .bindings(let names) = check.kind { required.formUnion(names) } }
        let outcome = GradedRun.run(setup: key.setup, submission: parsed, folder: folder, checks: checks, required: required,
                                    dataDirectories: dataDirectories, modelsDirectory: modelsDirectory,
                                    limits: key.workLimits) { measurement in
            guard !measurement.final else { return }
            writer.write(.measured(measure: measurement.check,
                                   value: .init(value: measurement.value, error: measurement.error, final: false)))
        } bound: { names in
            writer.write(.bound(names))
        }
        for measurement in outcome.measurements {
            record.measurements[measurement.check] = .init(value: measurement.value, error: measurement.error, final: true)
        }
        record.bound = outcome.boundNames
        record.program = Similarity.fingerprint(parsed)
        record.ignoredExpectLines = outcome.ignoredExpectLines
        record.skippedLines = outcome.skippedLines
        record.failedLines = outcome.failedLines
        record.diagnostics = Array(outcome.diagnostics.prefix(20)).map { String($0.prefix(2000)) }
        record.finished = true
        record.seconds = Date().timeIntervalSince(start)
        writer.write(.done(record))
        return true
    }
}
