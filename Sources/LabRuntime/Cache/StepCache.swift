import Foundation
import LabCache
import LabCore

/// The per-directive result cache of one run (Merkle-style keys).
///
/// A step's *base key* hashes the tool's and the operation's versions and the
/// step's resolved form. Under the base key the cache keeps a *manifest*: the
/// session names and outside inputs (data paths, model folders) the step read
/// last time. The step's *result key* hashes the base key with the current
/// version of each of those names (the result key of the step that wrote it)
/// and the current answer of each outside input (resolved path and content
/// digest). The result entry holds the step's outputs, its records (without
/// line numbers) and the names it wrote, whose
/// values are separate entries loaded only when a later step reads them.
final class StepCache {
    let store: CacheStore
    let digests: FileDigests
    /// `--force`: never read results, always recompute and overwrite.
    let force: Bool
    /// Version key of each bound name.
    private(set) var versions: [String: CacheKey] = [:]
    /// Why values promised by the cache could not be loaded (the run is then redone).
    private(set) var loadFailures: [String] = []

    init(store: CacheStore, force: Bool) {
        self.store = store
        self.force = force
        digests = FileDigests(memoURL: store.directory.appendingPathComponent("files.memo"))
    }

    /// What a lookup found out about a step.
    struct Lookup {
        var base: CacheKey
        var form: String
        /// The result key, when a manifest told which inputs to hash.
        var result: CacheKey?
        /// Names read and their versions, outside inputs and their answers (for `--explain`).
        var inputs: [String: String] = [:]
        /// The cached result, on a hit.
        var hit: CachedStep?
    }

    /// A result read back from the cache.
    struct CachedStep {
        var outputs: [Output]
        var records: [ResultRecord]
        var writes: [(name: String, trainedOn: String?, value: CacheKey)]
    }

    // MARK: Keys

    func baseKey(form: String, verb: String) -> CacheKey {
        var k = KeyBuilder(domain: "step")
        k.add("tool", LabVersion.current)
        k.add("operation", "\(verb) \(LabVersion.operation(verb))")
        k.add("form", form)
        return k.finish()
    }

    private func manifestKey(_ base: CacheKey) -> CacheKey {
        var k = KeyBuilder(domain: "manifest")
        k.add("base", base)
        return k.finish()
    }

    private func valueKey(_ result: CacheKey, _ name: String) -> CacheKey {
        var k = KeyBuilder(domain: "value")
        k.add("result", result)
        k.add("name", name)
        return k.finish()
    }

    /// The result key for `base` given what the step reads, and those inputs as text.
    private func resultKey(_ base: CacheKey, reads: [String], probes: [InputProbe], queries: [String],
                           _ ctx: ExecutionContext) -> (CacheKey, [String: String]) {
        var k = KeyBuilder(domain: "result")
        k.add("base", base)
        var inputs: [String: String] = [:]
        for name in reads {
            let version = versions[name]?.hex ?? "unbound"
            k.add("read " + name, version)
            inputs["value `\(name)`"] = version
        }
        for probe in probes {
            let answer = probe.answer(locator: ctx.locator, modelsDirectory: ctx.modelsDirectory, digests: digests)
            k.add("probe " + probe.encoded, answer)
            for (label, digest) in InputProbe.explainLines(probe, answer) { inputs[label] = digest }
        }
        for dataset in queries {
            let names = ctx.session.trainedOnQuery(dataset).joined(separator: ",")
            k.add("trained on " + dataset, names)
            inputs["models trained on `\(dataset)`"] = names
        }
        return (k.finish(), inputs)
    }

    // MARK: Lookup

    /// Looks a step up: always computes its keys, and returns the cached result on a hit.
    func lookup(form: String, verb: String, _ ctx: ExecutionContext) -> Lookup {
        let base = baseKey(form: form, verb: verb)
        var found = Lookup(base: base, form: form)
        guard let manifest = store.read(manifestKey(base)), let m = try? Manifest.decode(manifest) else { return found }
        let (result, inputs) = resultKey(base, reads: m.reads, probes: m.probes, queries: m.queries, ctx)
        found.result = result
        found.inputs = inputs
        guard !force, let payload = store.read(result), let step = try? ResultCodec.decode(payload, line: 0) else { return found }
        found.hit = step
        return found
    }

    /// Applies a hit: binds its values lazily and adds its records (the caller stamps their identity).
    func replay(_ step: CachedStep, line: Int, _ ctx: inout ExecutionContext) -> [Output] {
        ctx.records += step.records.map { var r = $0; r.line = line; return r }
        for write in step.writes {
            let store = self.store
            let key = write.value
            ctx.session.bindLazily(write.name, trainedOn: write.trainedOn) { [weak self] in
                do {
                    guard let payload = store.read(key) else { throw CacheFormatError.invalid("entry \(key.short) is gone") }
                    return try ValueCodec.decode(payload)
                } catch {
                    self?.loadFailures.append("value `\(write.name)`: \(error)")
                    throw error
                }
            }
            versions[write.name] = key
        }
        return step.outputs
    }

    // MARK: Store

    /// Stores a step that ran: its manifest, its written values, then its result.
    /// Sets the versions of the names it wrote. Values that cannot be stored leave the step uncached.
    /// - Returns: the step's inputs as `--explain` compares them.
    @discardableResult
    func save(_ lookup: Lookup, outputs: [Output], records: [ResultRecord], _ ctx: ExecutionContext) -> [String: String] {
        let access = ctx.session.access
        let manifest = Manifest(reads: access.reads, probes: ctx.probes, queries: access.queries)
        let (result, inputs) = resultKey(lookup.base, reads: manifest.reads, probes: manifest.probes, queries: manifest.queries, ctx)
        var writes: [(name: String, trainedOn: String?, value: CacheKey)] = []
        var storable = true
        for name in access.writes {
            let key = valueKey(result, name)
            versions[name] = key
            guard storable, let value = ctx.session.storedValue(name), let bytes = try? ValueCodec.encode(value) else {
                storable = false
                continue
            }
            if force || !store.contains(key) { store.write(key, payload: bytes) }
            writes.append((name, ctx.session.trainedOn(name), key))
        }
        guard storable else { return inputs }
        store.write(manifestKey(lookup.base), payload: manifest.encode())
        let step = CachedStep(outputs: outputs, records: records, writes: writes)
        store.write(result, payload: ResultCodec.encode(step))
        return inputs
    }

    /// Marks names written by a step that failed, so nothing downstream can match an old result.
    func invalidate(_ names: [String]) {
        for name in names {
            var k = KeyBuilder(domain: "failed")
            k.add("name", name)
            k.add("nonce", UUID().uuidString)
            versions[name] = k.finish()
        }
    }

    /// Saves the file-digest memo and keeps the cache within `bound` bytes. A run that
    /// wrote no entry cannot have grown the cache, so it skips the scan (a fully cached
    /// rerun then touches only the entries it reads).
    func finish(bound: Int64) {
        digests.save(using: store)
        if store.entriesWritten > 0 { store.evict(toFit: bound) }
    }
}
