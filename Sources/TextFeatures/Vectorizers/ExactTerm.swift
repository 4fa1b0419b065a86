/// A dictionary key comparing strings byte for byte (as Python does), not by Swift's
/// canonical equivalence, so e.g. U+F900 and U+8C48 stay distinct terms.
struct ExactTerm: Hashable, Sendable {
    let text: String

    static func == (a: ExactTerm, b: ExactTerm) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var s = text
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Python's string order: lexicographic by code point.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
