/// scikit-learn's default word analyzer: optional lowercasing, the token pattern
/// `(?u)\b\w\w+\b`, then word n-grams joined by a space.
///
/// The pattern is implemented without a regex: a token is a maximal run of at least two
/// word characters, where a word character is what Python's `\w` matches: a letter
/// (`L*`), a character with a numeric value (`N*`, and e.g. CJK numerals) or `_`.
/// Combining marks are not word characters, so a decomposed `e` + U+0301 ends a token.
struct TextAnalyzer: Sendable {
    var lowercase: Bool
    var ngramRange: ClosedRange<Int>

    /// Python's `\w` for one scalar.
    @inline(__always)
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return s.properties.numericType != nil
        }
    }

    /// The word tokens of `text` (after lowercasing when configured), in order.
    func words(_ text: String) -> [String] {
        let source = lowercase ? PythonCase.lower(text) : text
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        for s in source.unicodeScalars {
            if Self.isWordCharacter(s) {
                current.append(s)
                length += 1
            } else {
                if length >= 2 { tokens.append(String(current)) }
                current = String.UnicodeScalarView()
                length = 0
            }
        }
        if length >= 2 { tokens.append(String(current)) }
        return tokens
    }

    /// The terms of `text`: n-grams for every n in `ngramRange`, shortest first.
    func terms(_ text: String) -> [String] {
        let tokens = words(text)
        if ngramRange == 1...1 { return tokens }
        var out: [String] = []
        for n in ngramRange where n <= tokens.count {
            for i in 0...(tokens.count - n) {
                out.append(n == 1 ? tokens[i] : tokens[i..<(i + n)].joined(separator: " "))
            }
        }
        return out
    }
}
