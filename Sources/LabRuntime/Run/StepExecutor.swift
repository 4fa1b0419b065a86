import Foundation
import LabCache
import LabCore

/// Executes a checked program step by step, through the result cache when it is on.
struct StepExecutor {
    let program: Program
    let notebook: URL
    let options: RunOptions

    /// What an execution produced.
    struct Result {
        var outputs: [Int: [Output]] = [:]
        var records: [ResultRecord] = []
        var stopped = false
    }

    /// Verbs whose effect is not a session value or an output (`param` sets parameters): never cached.
    static let uncached: Set<String> = ["param"]

    func execute(_ report: inout RunReport) -> Result {
        let store: CacheStore? = options.cache == .off ? nil : CacheStore(
            directory: options.cacheDirectory ?? notebook.deletingLastPathComponent().appendingPathComponent(".lab-cache"),
            toolVersion: LabVersion.current)
        if let note = options.cacheNote { store?.note = note }
        var attempt = execute(&report, store: store, force: options.cache == .force)
        if let store, let failures = attempt.failures, !failures.isEmpty {
            // A value the cache promised could not be read back (removed or damaged meanwhile): redo it all.
            for failure in failures { store.note("lab: cache: cannot load \(failure); running again without reading the cache") }
            report.messages = attempt.messages
            report.steps = []
            report.failed = false
            attempt = execute(&report, store: store, force: true)
        }
        return attempt.result
    }

    private struct Attempt {
        var result: Result
        var failures: [String]?
        var messages: [String]
    }

    private func execute(_ report: inout RunReport, store: CacheStore?, force: Bool) -> Attempt {
        let messagesBefore = report.messages
        let cache = store.map { StepCache(store: $0, force: force) }
        let journal = store.flatMap { RunJournal.load(from: $0, notebook: notebook) }
        var newJournal: [RunJournal.Step] = []
        var matched = Set<Int>()
        var context = ExecutionContext(
            locator: DataLocator(notebookDirectory: notebook.deletingLastPathComponent(), dataDirectories: options.dataDirectories),
            notebookName: notebook.lastPathComponent, modelsDirectory: options.modelsDirectory)
        context.session.overrides = program.overrides
        context.session.parameters = program.overrides
        context.progress = options.progress
        var result = Result()
        for (ordinal, step) in program.steps.enumerated() {
            let started = DispatchTime.now().uptimeNanoseconds
            func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
            let inv = Invocation(step.directive, flags: Set(step.registered.spec.flags), parameters: context.session.parameters)
            let source = step.directive.line.text.trimmingCharacters(in: .whitespaces)
            context.session.access = AccessLog()
            context.probes = []
            context.figureLog = []
            let cacheable = cache != nil && !Self.uncached.contains(inv.verb)
            let lookup = cacheable ? cache?.lookup(form: StepForm.text(inv), verb: inv.verb, context) : nil
            if let cache, let lookup, let hit = lookup.hit, let key = lookup.result {
                result.outputs[step.block, default: []] += cache.replay(hit, result: key, line: inv.line, &context)
                newJournal.append(.init(source: source, form: lookup.form, inputs: lookup.inputs.sorted { $0.key < $1.key }))
                if let k = journal?.steps.indices.first(where: { !matched.contains($0) && journal?.steps[$0].form == lookup.form }) { matched.insert(k) }
                record(&report, StepReport(line: inv.line, directive: source, status: .cached, seconds: seconds()))
                continue
            }
            let recordsBefore = context.records.count
            do {
                let outputs = try step.registered.run(inv, &context)
                result.outputs[step.block, default: []] += outputs
                var reason: String?
                if let cache, let lookup {
                    let inputs = cache.save(lookup, outputs: outputs, records: Array(context.records[recordsBefore...]), context)
                    newJournal.append(.init(source: source, form: lookup.form, inputs: inputs.sorted { $0.key < $1.key }))
                    if options.explain {
                        reason = force ? "--force" : journal?.reason(ordinal: ordinal, form: lookup.form, inputs: lookup.inputs,
                                                                    hadManifest: lookup.result != nil, matched: &matched)
                            ?? "first run of this notebook with this cache"
                    }
                }
                record(&report, StepReport(line: inv.line, directive: source, status: .ran, seconds: seconds(), reason: reason))
            } catch {
                cache?.invalidate(context.session.access.writes + (inv.binding?.value.asName).map { [$0] }.orEmpty)
                if let failures = cache?.loadFailures, !failures.isEmpty {
                    return Attempt(result: result, failures: failures, messages: messagesBefore)
                }
                let diagnostic = step.diagnostic(for: error)
                report.messages.append(diagnostic.description)
                report.failed = true
                record(&report, StepReport(line: inv.line, directive: source, status: .failed, seconds: seconds()))
                guard options.keepGoing else {
                    result.stopped = true
                    return Attempt(result: result, failures: nil, messages: messagesBefore)
                }
                result.outputs[step.block, default: []].append(.error(diagnostic.description))
            }
            if let failures = cache?.loadFailures, !failures.isEmpty {
                return Attempt(result: result, failures: failures, messages: messagesBefore)
            }
        }
        result.records = context.records
        if let cache, let store {
            RunJournal(tool: LabVersion.current, steps: newJournal).save(to: store, notebook: notebook)
            cache.finish(bound: options.cacheSizeBound)
        }
        return Attempt(result: result, failures: nil, messages: messagesBefore)
    }

    private func record(_ report: inout RunReport, _ step: StepReport) {
        report.steps.append(step)
        options.onStep?(step)
    }
}

extension Optional where Wrapped == [String] {
    var orEmpty: [String] { self ?? [] }
}
