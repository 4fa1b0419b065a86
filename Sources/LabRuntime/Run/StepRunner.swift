import Foundation
import LabCache
import LabScript

/// Runs each step of one execution, through the result cache when it is on,
/// and reports it (`ran` or `cached`, with its time, and with `--explain` why it ran).
final class StepRunner {
    let options: RunOptions
    let notebook: URL
    /// The step cache; nil with `--no-cache`.
    let cache: StepCache?
    private let store: CacheStore?
    private let journal: RunJournal?
    private var newJournal: [RunJournal.Step] = []
    private var matched = Set<Int>()
    private var ordinal = 0

    /// Verbs whose effect is not a session value or an output (`param` sets parameters): never cached.
    static let uncached: Set<String> = ["param"]

    /// `force` recomputes every step and overwrites its entries (`--force`, or a restart after a lost value).
    init(notebook: URL, options: RunOptions, force: Bool) {
        self.options = options
        self.notebook = notebook
        if options.cache == .off {
            store = nil
        } else {
            let store = CacheStore(
                directory: options.cacheDirectory ?? notebook.deletingLastPathComponent().appendingPathComponent(".lab-cache"),
                toolVersion: LabVersion.current)
            if let note = options.cacheNote { store.note = note }
            self.store = store
        }
        cache = store.map { StepCache(store: $0, force: force) }
        journal = store.flatMap { RunJournal.load(from: $0, notebook: notebook) }
    }

    /// Why values the cache promised could not be loaded; the run is then redone without reading the cache.
    var loadFailures: [String] { cache?.loadFailures ?? [] }

    /// Notes a line about the cache (standard error unless redirected).
    func note(_ line: String) { store?.note(line) }

    /// Runs `step` with `registered`'s handler, or replays it from the cache; reports it.
    func run(_ step: ResolvedStep, _ registered: RegisteredDirective, _ context: inout ExecutionContext,
             report: inout RunReport) throws -> [Output] {
        let started = DispatchTime.now().uptimeNanoseconds
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        defer { ordinal += 1 }
        let line = step.resolved.directive.location.line
        let source = step.resolved.directive.line.text.trimmingCharacters(in: .whitespaces)
        context.session.access = AccessLog()
        context.probes = []
        let lookup = Self.uncached.contains(step.verb) ? nil : cache?.lookup(form: step.canonicalForm, verb: step.verb, context)
        if let cache, let lookup, let hit = lookup.hit {
            let outputs = cache.replay(hit, line: line, &context)
            newJournal.append(.init(source: source, form: lookup.form, inputs: lookup.inputs.sorted { $0.key < $1.key }))
            if let k = journal?.steps.indices.first(where: { !matched.contains($0) && journal?.steps[$0].form == lookup.form }) {
                matched.insert(k)
            }
            record(&report, StepReport(line: line, directive: source, status: .cached, seconds: seconds()))
            return outputs
        }
        let before = context.records.count
        do {
            let outputs = try registered.run(Invocation(step.resolved).limited(by: context.limits), &context)
            var reason: String?
            if let cache, let lookup {
                let inputs = cache.save(lookup, outputs: outputs, records: Array(context.records[before...]), context)
                newJournal.append(.init(source: source, form: lookup.form, inputs: inputs.sorted { $0.key < $1.key }))
                if options.explain {
                    reason = cache.force ? "--force"
                        : journal?.reason(ordinal: ordinal, form: lookup.form, inputs: lookup.inputs,
                                          hadManifest: lookup.result != nil, matched: &matched)
                        ?? "first run of this notebook with this cache"
                }
            }
            record(&report, StepReport(line: line, directive: source, status: .ran, seconds: seconds(), reason: reason))
            return outputs
        } catch {
            // Whatever it changed before failing must not match an old result downstream.
            cache?.invalidate(context.session.access.writes)
            record(&report, StepReport(line: line, directive: source, status: .failed, seconds: seconds()))
            throw error
        }
    }

    /// Saves the journal for `--explain` and the file-digest memo, and keeps the cache within its bound.
    func finish() {
        guard let cache, let store else { return }
        RunJournal(tool: LabVersion.current, steps: newJournal).save(to: store, notebook: notebook)
        cache.finish(bound: options.cacheSizeBound)
    }

    private func record(_ report: inout RunReport, _ step: StepReport) {
        report.steps.append(step)
        options.onStep?(step)
    }
}
