import LabCore
import Foundation

/// How token states become one sentence embedding.
public enum Pooling: String, CaseIterable, Sendable {
    /// The `[CLS]` token's state (token 0).
    case cls
    /// The mean over the sequence's real tokens.
    case mean
    /// The mean divided by its L2 norm, `m / max(‖m‖₂, 1e-12)` (sentence-transformers' Normalize).
    case meanNormalized = "mean_normalized"

    /// Pools `tokens` rows of `width` states starting at `states`. Accumulates in Double.
    public func pool(_ states: UnsafePointer<Float>, tokens: Int, width: Int) -> [Float] {
        switch self {
        case .cls:
            return Array(UnsafeBufferPointer(start: states, count: width))
        case .mean, .meanNormalized:
            var sums = [Double](repeating: 0, count: width)
            for t in 0..<tokens {
                let row = states + t * width
                for j in 0..<width { sums[j] += Double(row[j]) }
            }
            var mean = sums.map { $0 / Double(max(tokens, 1)) }
            if self == .meanNormalized {
                let norm = max(mean.reduce(0) { $0 + $1 * $1 }.squareRoot(), 1e-12)
                mean = mean.map { $0 / norm }
            }
            return mean.map(Float.init)
        }
    }

    /// Pools one sequence's row-major `[tokens × width]` states, as returned by
    /// `BertEncoder.lastHiddenStates`. Returns `[]` when `states` is shorter than `width`.
    public func pool(_ states: [Float], width: Int) -> [Float] {
        guard width > 0, states.count >= width else { return [] }
        return states.withUnsafeBufferPointer { pool($0.baseAddress!, tokens: states.count / width, width: width) }
    }

    /// The pooling a sentence-transformers model directory declares: `1_Pooling/config.json`
    /// (cls or mean tokens) and, for mean, a `Normalize` module in `modules.json`.
    /// Nil when the directory has no pooling config or it asks for an unsupported mode.
    public static func declared(in directory: URL, confinement: FileConfinement? = nil) -> Pooling? {
        let confinement = confinement ?? .directory(directory)
        let configURL = directory.appendingPathComponent("1_Pooling/config.json")
        guard let data = try? confinement.readData(configURL),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        if object["pooling_mode_cls_token"] as? Bool == true { return .cls }
        guard object["pooling_mode_mean_tokens"] as? Bool == true else { return nil }
        let modulesURL = directory.appendingPathComponent("modules.json")
        if let modules = try? confinement.readData(modulesURL),
           let list = try? JSONSerialization.jsonObject(with: modules) as? [[String: Any]],
           list.contains(where: { ($0["type"] as? String)?.hasSuffix(".Normalize") == true }) {
            return .meanNormalized
        }
        return .mean
    }
}
