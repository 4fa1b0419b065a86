/// Finds special (added) tokens written literally in a text, before normalisation.
///
/// Matching is case-sensitive and leftmost-longest over UTF-8 bytes, as HF's
/// `AddedVocabulary` does for tokens with `normalized: false`.
struct SpecialTokenMatcher: Sendable {
    /// Token bytes and id, longest first.
    let tokens: [(bytes: [UInt8], id: Int32)]
    /// `firstByte[b]` is true when some token starts with byte `b`.
    let firstByte: [Bool]

    /// Builds a matcher; empty strings are ignored.
    init(_ pairs: [(String, Int32)]) {
        var list = pairs.filter { !$0.0.isEmpty }.map { (bytes: Array($0.0.utf8), id: $0.1) }
        list.sort { $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        tokens = list
        var first = [Bool](repeating: false, count: 256)
        for t in list { first[Int(t.bytes[0])] = true }
        firstByte = first
    }

    /// The longest token starting at byte `i`: its id and byte length.
    @inline(__always)
    func match(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (id: Int32, length: Int)? {
        guard firstByte[Int(p[i])] else { return nil }
        for t in tokens where t.bytes.count <= p.count - i {
            var ok = true
            for k in 0..<t.bytes.count where p[i + k] != t.bytes[k] {
                ok = false
                break
            }
            if ok { return (t.id, t.bytes.count) }
        }
        return nil
    }
}
