extension WordPieceTokenizer {
    /// Tokenises one text: ids, tokens, attention mask (all 1) and segment ids (all 0).
    ///
    /// - Parameter addSpecialTokens: wrap with the post-processor's tokens (`[CLS] … [SEP]`).
    public func encode(_ text: String, addSpecialTokens: Bool = true) -> Encoding {
        var word: [UInt8] = []
        return encodeSingle(text, budget: nil, addSpecialTokens: addSpecialTokens, word: &word)
    }

    /// Tokenises one text, truncated so the result (special tokens included) has at most `maxLength` ids.
    /// - Throws: `TokenizerError.truncationTooShort` when `maxLength` cannot hold the special tokens.
    public func encode(_ text: String, addSpecialTokens: Bool = true, maxLength: Int) throws -> Encoding {
        var word: [UInt8] = []
        let budget = try contentBudget(maxLength, pair: false, addSpecialTokens: addSpecialTokens)
        return encodeSingle(text, budget: budget, addSpecialTokens: addSpecialTokens, word: &word)
    }

    /// One text through the single-sequence template, its tokens truncated to `budget` ids.
    ///
    /// Writes ids straight into the output array (no intermediate sequence array).
    func encodeSingle(_ text: String, budget: Int?, addSpecialTokens: Bool, word: inout [UInt8]) -> Encoding {
        var ids: [Int32] = []
        ids.reserveCapacity(text.utf8.count / 3 + 4)
        var typeIDs: [Int32] = []
        var allZero = true
        for piece in addSpecialTokens ? postProcessor.single : PostProcessor.none.single {
            let before = ids.count
            let typeID: Int32
            switch piece {
            case let .special(pieceIDs, _, t):
                ids.append(contentsOf: pieceIDs)
                typeID = t
            case let .sequence(_, t):
                appendIDs(of: text, to: &ids, word: &word)
                if let budget, ids.count - before > budget { ids.removeSubrange((before + budget)...) }
                typeID = t
            }
            if typeID != 0 && allZero {
                typeIDs = Array(repeating: 0, count: before)
                allZero = false
            }
            if !allZero { typeIDs.append(contentsOf: repeatElement(typeID, count: ids.count - before)) }
        }
        if allZero { typeIDs = Array(repeating: 0, count: ids.count) }
        return Encoding(ids: ids, tokens: tokens(ids), attentionMask: Array(repeating: 1, count: ids.count), typeIDs: typeIDs)
    }

    /// Tokenises a text pair: `[CLS] A [SEP] B [SEP]`, segment ids 0 for A and 1 for B.
    ///
    /// - Parameter maxLength: when set, truncate longest-first (HF's `LongestFirst`).
    /// - Throws: `TokenizerError.truncationTooShort` when `maxLength` cannot hold the special tokens.
    public func encode(_ text: String, pair: String, addSpecialTokens: Bool = true, maxLength: Int? = nil) throws -> Encoding {
        var word: [UInt8] = []
        var a = sequenceIDs(text, word: &word)
        var b = sequenceIDs(pair, word: &word)
        if let maxLength {
            let budget = try contentBudget(maxLength, pair: true, addSpecialTokens: addSpecialTokens)
            let (na, nb) = Self.longestFirstLengths(a.count, b.count, budget: budget)
            if a.count > na { a.removeSubrange(na...) }
            if b.count > nb { b.removeSubrange(nb...) }
        }
        return assemble(a, b, addSpecialTokens: addSpecialTokens)
    }

    /// Ids of one text without special tokens.
    func sequenceIDs(_ text: String, word: inout [UInt8]) -> [Int32] {
        var ids: [Int32] = []
        ids.reserveCapacity(text.utf8.count / 3 + 4)
        appendIDs(of: text, to: &ids, word: &word)
        return ids
    }

    /// Room left for text tokens once the special tokens are counted.
    func contentBudget(_ maxLength: Int, pair: Bool, addSpecialTokens: Bool) throws -> Int {
        let added = addSpecialTokens ? postProcessor.addedCount(pair: pair) : 0
        guard maxLength >= added else { throw TokenizerError.truncationTooShort(maxLength: maxLength, specialTokens: added) }
        return maxLength - added
    }

    /// HF's `LongestFirst` lengths for a pair: the shorter side keeps its tokens when it fits
    /// in half the budget; otherwise both get half, the longer side (the second on a tie) the odd one.
    static func longestFirstLengths(_ n1: Int, _ n2: Int, budget: Int) -> (Int, Int) {
        guard n1 + n2 > budget else { return (n1, n2) }
        let firstIsLonger = n1 > n2
        var short = min(n1, n2)
        var long = short > budget ? short : max(short, budget - short)
        if short + long > budget {
            short = budget / 2
            long = short + budget % 2
        }
        return firstIsLonger ? (long, short) : (short, long)
    }

    /// Applies the post-processing template and builds masks.
    func assemble(_ first: [Int32], _ second: [Int32]?, addSpecialTokens: Bool) -> Encoding {
        var ids: [Int32] = []
        var typeIDs: [Int32] = []
        ids.reserveCapacity(first.count + (second?.count ?? 0) + 3)
        if addSpecialTokens {
            for piece in second == nil ? postProcessor.single : postProcessor.pair {
                switch piece {
                case let .special(pieceIDs, _, typeID):
                    ids.append(contentsOf: pieceIDs)
                    typeIDs.append(contentsOf: repeatElement(typeID, count: pieceIDs.count))
                case let .sequence(isSecond, typeID):
                    let seq = isSecond ? (second ?? []) : first
                    ids.append(contentsOf: seq)
                    typeIDs.append(contentsOf: repeatElement(typeID, count: seq.count))
                }
            }
        } else {
            ids = first + (second ?? [])
            typeIDs = Array(repeating: 0, count: first.count) + Array(repeating: 1, count: second?.count ?? 0)
        }
        return Encoding(ids: ids, tokens: tokens(ids), attentionMask: Array(repeating: 1, count: ids.count), typeIDs: typeIDs)
    }
}
