import Dispatch

extension WordPieceTokenizer {
    /// Tokenises many texts in parallel (`DispatchQueue.concurrentPerform`); results in input order.
    ///
    /// - Parameters:
    ///   - truncation: maximum length per encoding, special tokens included (nil: none).
    ///   - padding: `.longest` pads to the batch's longest, `.maxLength(n)` to `n`, on the
    ///     right with the pad id (attention mask 0).
    ///   - addSpecialTokens: wrap each text with the post-processor's tokens.
    /// - Throws: `TokenizerError.truncationTooShort` when `truncation` cannot hold the special tokens.
    public func encodeBatch(_ texts: [String], truncation: Int? = nil, padding: Padding = .none,
                            addSpecialTokens: Bool = true) throws -> [Encoding] {
        let budget = try truncation.map { try contentBudget($0, pair: false, addSpecialTokens: addSpecialTokens) }
        var results = [Encoding](repeating: Encoding(ids: [], tokens: [], attentionMask: [], typeIDs: []), count: texts.count)
        let chunkSize = 64
        let chunks = (texts.count + chunkSize - 1) / chunkSize
        results.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var word: [UInt8] = []
                word.reserveCapacity(64)
                for i in chunk * chunkSize..<min(texts.count, (chunk + 1) * chunkSize) {
                    base![i] = encodeSingle(texts[i], budget: budget, addSpecialTokens: addSpecialTokens, word: &word)
                }
            }
        }
        pad(&results, padding)
        return results
    }

    /// Pads encodings on the right to the length `padding` asks for.
    public func pad(_ encodings: inout [Encoding], _ padding: Padding) {
        let target: Int
        switch padding {
        case .none: return
        case .longest: target = encodings.map(\.count).max() ?? 0
        case let .maxLength(n): target = n
        }
        for i in encodings.indices where encodings[i].count < target {
            let extra = target - encodings[i].count
            encodings[i].ids.append(contentsOf: repeatElement(padID, count: extra))
            encodings[i].tokens.append(contentsOf: repeatElement(padToken, count: extra))
            encodings[i].attentionMask.append(contentsOf: repeatElement(0, count: extra))
            encodings[i].typeIDs.append(contentsOf: repeatElement(padTypeID, count: extra))
        }
    }
}
