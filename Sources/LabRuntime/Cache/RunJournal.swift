import Foundation
import LabCache

/// What the previous run of a notebook did with each step, kept in the cache
/// (`runs/<hash of the notebook's path>`) so `--explain` can say what changed.
struct RunJournal {
    struct Step {
        var source: String
        var form: String
        var inputs: [(String, String)]
    }

    var tool: String
    var steps: [Step]

    static func url(in store: CacheStore, notebook: URL) -> URL {
        store.directory.appendingPathComponent("runs").appendingPathComponent(CacheKey.digest(of: Array(notebook.path.utf8)).hex)
    }

    static func load(from store: CacheStore, notebook: URL) -> RunJournal? {
        guard let data = FileManager.default.contents(atPath: url(in: store, notebook: notebook).path) else { return nil }
        var r = BinaryReader(Array(data))
        guard let tool = try? r.readString(),
              let steps = try? r.readArray({ r -> Step in
                  Step(source: try r.readString(), form: try r.readString(),
                       inputs: try r.readArray { r in (try r.readString(), try r.readString()) })
              }) else { return nil }
        return RunJournal(tool: tool, steps: steps)
    }

    func save(to store: CacheStore, notebook: URL) {
        var w = BinaryWriter()
        w.write(tool)
        w.write(steps) { w, s in
            w.write(s.source)
            w.write(s.form)
            w.write(s.inputs) { w, i in w.write(i.0); w.write(i.1) }
        }
        try? store.writeAtomically(Data(w.bytes), to: RunJournal.url(in: store, notebook: notebook))
    }

    /// Why step `ordinal` (resolved form `form`, current inputs `inputs`) had to run,
    /// compared with this (previous) run. `matched` marks previous steps already paired.
    func reason(ordinal: Int, form: String, inputs: [String: String], hadManifest: Bool, matched: inout Set<Int>) -> String {
        if tool != LabVersion.current { return "lab's version changed (\(tool) → \(LabVersion.current))" }
        if let k = steps.indices.first(where: { !matched.contains($0) && steps[$0].form == form }) {
            matched.insert(k)
            let before = Dictionary(steps[k].inputs, uniquingKeysWith: { a, _ in a })
            var changes: [String] = []
            for label in Set(before.keys).union(inputs.keys).sorted() where before[label] != inputs[label] {
                if label.hasPrefix("the files in") { continue }
                switch (before[label], inputs[label]) {
                case (nil, _?): changes.append("\(label) is new")
                case (_?, nil): changes.append("\(label) is gone")
                default: changes.append(label.hasPrefix("value") ? "\(label) changed upstream" : "\(label) changed")
                }
            }
            if !changes.isEmpty { return changes.joined(separator: "; ") }
            return hadManifest ? "its cache entry was missing or damaged" : "it was not in the cache (evicted or cleared)"
        }
        if ordinal < steps.count, !matched.contains(ordinal) {
            matched.insert(ordinal)
            return "its directive changed (was: `\(steps[ordinal].source)`)"
        }
        return "new step"
    }
}
