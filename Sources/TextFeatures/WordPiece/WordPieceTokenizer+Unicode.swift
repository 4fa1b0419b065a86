import Foundation

extension WordPieceTokenizer {
    /// Tokenises a word holding non-ASCII scalars: NFD + accent stripping and lowercasing
    /// as configured, then a second split on whitespace / punctuation that normalisation
    /// may have produced (e.g. U+1FEF → "`"), then WordPiece on each piece.
    ///
    /// Characters are counted as Unicode scalars after normalisation (HF counts `char`s).
    func appendNormalizedWord(_ bytes: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
        var scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        if normalizer.stripAccents {
            scalars = Self.canonicalDecomposition(scalars).filter { !CharacterClass.isNonspacingMark($0.value) }
        }
        if normalizer.lowercase {
            var lowered: [Unicode.Scalar] = []
            lowered.reserveCapacity(scalars.count)
            for s in scalars {
                if s.value < 0x80 {
                    lowered.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value | 0x20)! : s)
                } else {
                    lowered.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                }
            }
            scalars = lowered
        }
        var piece: [UInt8] = []
        var characters = 0
        func flush() {
            guard !piece.isEmpty else { return }
            piece.withUnsafeBufferPointer { appendWordPieces($0.baseAddress!, $0.count, characters: characters, to: &ids) }
            piece.removeAll(keepingCapacity: true)
            characters = 0
        }
        for s in scalars {
            if CharacterClass.isWhitespace(s.value) {
                flush()
            } else if CharacterClass.isPunctuation(s.value) {
                flush()
                piece.append(contentsOf: String(s).utf8)
                characters = 1
                flush()
            } else {
                piece.append(contentsOf: String(s).utf8)
                characters += 1
            }
        }
        flush()
    }

    /// Canonical decomposition (NFD) as HF computes it.
    ///
    /// Uses Foundation's NFD; U+11938 (DIVES AKURU VOWEL SIGN O) is left whole because
    /// HF's normalisation tables predate its decomposition (the one difference found by
    /// probing every code point). It is a starter, so decomposing around it is exact.
    static func canonicalDecomposition(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count + 4)
        var run = String.UnicodeScalarView()
        func emitRun() {
            guard !run.isEmpty else { return }
            out.append(contentsOf: String(run).decomposedStringWithCanonicalMapping.unicodeScalars)
            run = String.UnicodeScalarView()
        }
        for s in scalars {
            if s.value == 0x11938 {
                emitRun()
                out.append(s)
            } else {
                run.append(s)
            }
        }
        emitRun()
        return out
    }
}
