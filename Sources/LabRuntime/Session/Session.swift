import Foundation
import LabCore
import LabScript

/// The named values of one notebook run, in binding order.
///
/// A value restored from the cache is loaded only when a later step reads it,
/// so a fully cached run never decodes a dataset. Every lookup and bind is
/// recorded in `access`, which is how the cache learns what a step read and wrote.
struct Session {
    private var slots: [String: ValueSlot] = [:]
    /// Notebook parameters in force (`$name` → value).
    var parameters: [String: Value] = [:]
    /// Values given outside the notebook (front matter, then `--param`), which beat `param` defaults.
    var overrides: [String: Value] = [:]
    /// What the current step read and wrote.
    var access = AccessLog()

    /// Binds `value` to `name`, replacing any earlier value.
    mutating func bind(_ name: String, _ value: SessionValue) {
        slots[name] = ValueSlot(value)
        access.wrote(name)
    }

    /// Binds a value the cache can load on first use.
    mutating func bindLazily(_ name: String, trainedOn: String?, load: @escaping () throws -> SessionValue) {
        slots[name] = ValueSlot(trainedOn: trainedOn, load: load)
    }

    /// Whether `name` is bound (without loading or recording a read).
    func isBound(_ name: String) -> Bool { slots[name] != nil }

    /// The value named `path` (`digits` or `digits.train`).
    func lookup(_ path: [String]) -> SessionValue? {
        guard let first = path.first else { return nil }
        access.read(first)
        guard let value = slots[first]?.value else { return nil }
        guard path.count > 1 else { return value }
        guard case .dataset(var dataset) = value else { return nil }
        for part in path.dropFirst() {
            guard let split = dataset.split(named: part) else { return nil }
            dataset = split
        }
        return .dataset(dataset)
    }

    /// Names of models fitted on `dataset` or one of its splits, sorted.
    func models(trainedOn dataset: String) -> [String] {
        access.queried(dataset)
        return trainedOnQuery(dataset)
    }

    /// `models(trainedOn:)` without recording it (for cache keys).
    func trainedOnQuery(_ dataset: String) -> [String] {
        slots.compactMap { name, slot in
            guard let data = slot.trainedOn, data == dataset || data.hasPrefix(dataset + ".") else { return nil }
            return name
        }.sorted()
    }

    /// Replaces the dataset bound to `name` (after `relabel`, `split`, `scale`).
    mutating func update(_ name: String, _ dataset: Dataset) {
        bind(name, .dataset(dataset))
    }

    /// The loaded value of `name`, for storing in the cache (nil when unbound or unloadable).
    func storedValue(_ name: String) -> SessionValue? { slots[name]?.value }

    /// The `trainedOn` of `name`'s value without loading it.
    func trainedOn(_ name: String) -> String? { slots[name]?.trainedOn }
}

/// One bound value, possibly not loaded yet.
final class ValueSlot {
    private var loaded: SessionValue?
    private var load: (() throws -> SessionValue)?
    /// The data a model was fitted on, known without loading it.
    let trainedOn: String?

    init(_ value: SessionValue) {
        loaded = value
        trainedOn = value.trainedOn
    }

    init(trainedOn: String?, load: @escaping () throws -> SessionValue) {
        self.trainedOn = trainedOn
        self.load = load
    }

    /// The value, loading it on first use; nil when loading fails (the run is then redone without the cache).
    var value: SessionValue? {
        if let loaded { return loaded }
        guard let load else { return nil }
        // A loader that fails has recorded why; the runner then redoes the run without the cache.
        guard let value = try? load() else { return nil }
        loaded = value
        self.load = nil
        return value
    }
}

/// The names a step read and wrote, in order, and the `models(trainedOn:)` questions it asked.
final class AccessLog {
    private(set) var reads: [String] = []
    private(set) var writes: [String] = []
    private(set) var queries: [String] = []

    func read(_ name: String) { if !reads.contains(name) { reads.append(name) } }
    func wrote(_ name: String) { if !writes.contains(name) { writes.append(name) } }
    func queried(_ dataset: String) { if !queries.contains(dataset) { queries.append(dataset) } }
}
