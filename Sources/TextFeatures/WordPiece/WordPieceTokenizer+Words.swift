extension WordPieceTokenizer {
    /// Appends the ids of `text` to `ids`, without post-processing (no `[CLS]` / `[SEP]`).
    ///
    /// `word` is a scratch buffer reused across calls to avoid allocations.
    func appendIDs(of text: String, to ids: inout [Int32], word: inout [UInt8]) {
        var text = text
        text.withUTF8 { buf in
            guard !buf.isEmpty else { return }
            var segmentStart = 0
            var i = 0
            if !specialTokens.tokens.isEmpty {
                while i < buf.count {
                    if let m = specialTokens.match(buf, at: i) {
                        appendSegment(buf, segmentStart, i, to: &ids, word: &word)
                        ids.append(m.id)
                        i += m.length
                        segmentStart = i
                    } else {
                        i += 1
                    }
                }
            }
            appendSegment(buf, segmentStart, buf.count, to: &ids, word: &word)
        }
    }

    /// Normalises, pre-tokenises and WordPiece-splits bytes `from..<to` (no special tokens inside).
    ///
    /// ASCII is handled byte by byte (clean, lowercase, split on whitespace / punctuation);
    /// a word holding any non-ASCII scalar goes through `appendNormalizedWord`.
    func appendSegment(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, to ids: inout [Int32], word: inout [UInt8]) {
        let clean = normalizer.cleanText
        let lower = normalizer.lowercase
        let chinese = normalizer.handleChineseChars
        word.removeAll(keepingCapacity: true)
        var ascii = true
        var i = from
        while i < to {
            let b = p[i]
            if b < 0x80 {
                i += 1
                if clean && ((b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F) { continue }
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    flushWord(&word, ascii: &ascii, to: &ids)
                } else if CharacterClass.isASCIIPunctuation(b) {
                    flushWord(&word, ascii: &ascii, to: &ids)
                    withUnsafePointer(to: b) { appendWordPieces($0, 1, characters: 1, to: &ids) }
                } else {
                    word.append(lower && b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                }
                continue
            }
            let start = i
            let v = Self.decodeScalar(p, &i)
            if clean && CharacterClass.isRemoved(v) { continue }
            if CharacterClass.isWhitespace(v) {
                flushWord(&word, ascii: &ascii, to: &ids)
            } else if (chinese && CharacterClass.isChinese(v)) || CharacterClass.isPunctuation(v) {
                flushWord(&word, ascii: &ascii, to: &ids)
                appendNormalizedWord(UnsafeBufferPointer(rebasing: p[start..<i]), to: &ids)
            } else {
                word.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
                ascii = false
            }
        }
        flushWord(&word, ascii: &ascii, to: &ids)
    }

    /// Tokenises the word collected in `word`, then empties it.
    @inline(__always)
    func flushWord(_ word: inout [UInt8], ascii: inout Bool, to ids: inout [Int32]) {
        guard !word.isEmpty else { return }
        word.withUnsafeBufferPointer { w in
            if ascii {
                appendWordPieces(w.baseAddress!, w.count, characters: w.count, to: &ids)
            } else {
                appendNormalizedWord(w, to: &ids)
            }
        }
        word.removeAll(keepingCapacity: true)
        ascii = true
    }

    /// Decodes the UTF-8 scalar at `i` (valid UTF-8 assumed, as Swift strings are) and advances `i`.
    @inline(__always)
    static func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { i += 1; return b0 }
        if b0 < 0xE0 {
            let v = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
            i += 2
            return v
        }
        if b0 < 0xF0 {
            let v = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            i += 3
            return v
        }
        let v = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
        i += 4
        return v
    }

    /// Greedy longest-match-first WordPiece split of one normalised word.
    ///
    /// A word of more than `maxInputCharsPerWord` characters, or one that cannot be covered
    /// by vocabulary pieces, becomes a single unknown token.
    /// Complexity: O(c · L) lookups for c characters and L the longest vocabulary entry.
    @inline(__always)
    func appendWordPieces(_ p: UnsafePointer<UInt8>, _ count: Int, characters: Int, to ids: inout [Int32]) {
        if characters > maxInputCharsPerWord {
            ids.append(unknownID)
            return
        }
        let mark = ids.count
        let usePrefix = !continuingSubwordPrefix.isEmpty
        var start = 0
        while start < count {
            let continuation = start > 0 && usePrefix
            let limit = min(count, start + (continuation ? vocabulary.longestKey.1 : vocabulary.longestKey.0))
            var end = limit
            while end < count && end > start && (p[end] & 0xC0) == 0x80 { end -= 1 }
            var found: Int32 = -1
            // FNV-1a is a streaming hash: hash every prefix once, then try them longest first.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: limit - start + 1) { prefixHash in
                var h = ByteVocabulary.hashSeed
                prefixHash[0] = h
                for k in start..<limit {
                    h = ByteVocabulary.step(h, p[k])
                    prefixHash[k - start + 1] = h
                }
                while end > start {
                    found = vocabulary.find(p + start, end - start, hash: ByteVocabulary.fold(prefixHash[end - start]),
                                            continuation: continuation)
                    if found >= 0 { break }
                    end -= 1
                    while end > start && (p[end] & 0xC0) == 0x80 { end -= 1 }
                }
            }
            if found < 0 {
                ids.removeSubrange(mark...)
                ids.append(unknownID)
                return
            }
            ids.append(found)
            start = end
        }
    }
}
