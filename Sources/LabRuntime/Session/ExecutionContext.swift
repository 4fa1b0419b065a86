import LabScript
import Foundation
import LabCore
import Progress
import TextFeatures
import Transformer

/// Everything a directive handler may read or change during a run.
struct ExecutionContext {
    /// Named values.
    var session = Session()
    /// Finds data files, confined to the notebook's folder and the data path.
    var locator: DataLocator
    /// The notebook's file name (`evaluation-metrics.md`).
    var notebookName: String
    /// Records for the results contract, in execution order.
    var records: [ResultRecord] = []
    /// Where model files live (`LAB_MODELS_DIR` or the user cache).
    var modelsDirectory: URL?
    /// Bounds on options that scale work (the run's, as the checker applied them).
    var limits: WorkLimits = .standard
    /// Tokenizers and encoders loaded so far, by model folder.
    var tokenizers: [String: WordPieceTokenizer] = [:]
    var encoders: [String: BertEncoder] = [:]
    /// Pooled sentence vectors already computed this run (see `EmbeddingMemo`).
    var embeddings = EmbeddingMemo()
    /// What the current step looked up outside the session (data paths, model folders), for the cache key.
    var probes: [InputProbe] = []
    /// Where long steps report progress (standard error, never an output file).
    var progress: ProgressReporter = .silent

    /// A dataset by path, or a located failure naming what the name is instead.
    func dataset(_ path: [String], in inv: Invocation, at part: Invocation.Part?) throws -> Dataset {
        let name = path.joined(separator: ".")
        guard let value = session.lookup(path) else {
            if path.count > 1, case .dataset(let base)? = session.lookup([path[0]]) {
                let known = base.splits.map { "\(path[0]).\($0.name)" }
                let hint = known.isEmpty ? "split it first, e.g. split \(path[0]) test=0.25 seed=0"
                                         : "its splits are \(known.joined(separator: ", "))"
                throw inv.failure("'\(name)' does not exist", at: part, hint: hint)
            }
            throw inv.failure("nothing is bound to '\(name)'", at: part)
        }
        guard case .dataset(let dataset) = value else {
            throw inv.failure("'\(name)' is \(value.kindDescription), not a dataset", at: part)
        }
        return dataset
    }

    /// Notes an outside input of the current step.
    mutating func note(_ probe: InputProbe) {
        if !probes.contains(probe) { probes.append(probe) }
    }
}

/// File-name-safe slugs.
enum Slug {
    /// Lower-case ASCII letters and digits, other runs turned into one hyphen.
    static func make(_ text: String) -> String {
        var out = ""
        var lastHyphen = true
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastHyphen = false
            } else if !lastHyphen {
                out += "-"
                lastHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
