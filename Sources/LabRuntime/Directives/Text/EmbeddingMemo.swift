import Foundation
import LabCore
import Transformer

/// Sentence vectors computed so far in a run, so that asking for a second
/// pooling of the same texts (`embed rt … pooling=cls` then `pooling=mean`)
/// does not run the encoder again: the first request pools every way at once.
struct EmbeddingMemo {
    /// Everything that decides the encoder's output for a list of texts.
    struct Key: Hashable {
        var model: String
        var maxLength: Int
        var batch: Int
        var texts: [String]
    }

    private var entries: [Key: [Pooling: Matrix]] = [:]

    /// The `pooling` vectors of `key.texts`, computing all poolings with `compute` on a miss.
    mutating func vectors(_ key: Key, pooling: Pooling, compute: () throws -> [Pooling: Matrix]) rethrows -> Matrix? {
        if let known = entries[key]?[pooling] { return known }
        let all = try compute()
        entries[key] = all
        return all[pooling]
    }
}
