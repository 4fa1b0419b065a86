/// Text cut into runs of words and numbers, so two texts can be compared
/// exactly in their words and with a tolerance in their numbers.
///
/// A number is an optional sign, digits with an optional fraction, and an
/// optional exponent (`-0.25`, `1e-05`, `3.5E+2`). Everything else is text.
struct NumberedText: Equatable {
    enum Piece: Equatable {
        case text(Substring)
        case number(Double, Substring)
    }

    var pieces: [Piece]

    /// Cuts `line`; with `numbersInWords` a number may follow a letter (SVG path data: `M10.5,3`).
    init(_ line: Substring, numbersInWords: Bool = false) {
        var pieces: [Piece] = []
        let scalars = Array(line.utf8)
        var textStart = 0
        var k = 0
        while k < scalars.count {
            if let end = NumberedText.numberEnd(scalars, from: k, inWords: numbersInWords),
               let value = Double(String(decoding: scalars[k..<end], as: UTF8.self)) {
                if textStart < k { pieces.append(.text(NumberedText.slice(line, textStart, k))) }
                pieces.append(.number(value, NumberedText.slice(line, k, end)))
                k = end
                textStart = end
            } else {
                k += 1
            }
        }
        if textStart < scalars.count { pieces.append(.text(NumberedText.slice(line, textStart, scalars.count))) }
        self.pieces = pieces
    }

    /// Whether the texts match: same words, numbers within `tolerance`.
    func matches(_ expected: NumberedText, tolerance: Tolerance) -> Bool {
        guard pieces.count == expected.pieces.count else { return false }
        for (a, b) in zip(pieces, expected.pieces) {
            switch (a, b) {
            case (.text(let x), .text(let y)): if x != y { return false }
            case (.number(let x, let xs), .number(let y, let ys)):
                if xs != ys && !tolerance.matches(x, y) { return false }
            default: return false
            }
        }
        return true
    }

    private static func slice(_ line: Substring, _ from: Int, _ to: Int) -> Substring {
        let utf8 = line.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: from)
        let end = utf8.index(utf8.startIndex, offsetBy: to)
        return line[start..<end]
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// The end of a number starting at `k`, or nil. A number does not start inside a word
    /// (`roc-3.svg`'s `3` is a number, `x2` is text).
    private static func numberEnd(_ s: [UInt8], from k: Int, inWords: Bool) -> Int? {
        var i = k
        if k > 0, !inWords, isWordByte(s[k - 1]) || s[k - 1] == 0x2E { return nil }
        if k > 0, inWords, isDigit(s[k - 1]) || s[k - 1] == 0x2E { return nil }
        if i < s.count, s[i] == 0x2D || s[i] == 0x2B { i += 1 }
        let digitsStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        var digits = i - digitsStart
        if i < s.count, s[i] == 0x2E {
            var j = i + 1
            while j < s.count, isDigit(s[j]) { j += 1 }
            if j - i - 1 > 0 || digits > 0 { digits += j - i - 1; i = j }
        }
        guard digits > 0 else { return nil }
        if i < s.count, s[i] == 0x65 || s[i] == 0x45 {
            var j = i + 1
            if j < s.count, s[j] == 0x2D || s[j] == 0x2B { j += 1 }
            let expStart = j
            while j < s.count, isDigit(s[j]) { j += 1 }
            if j > expStart { i = j }
        }
        if !inWords, i < s.count, isWordByte(s[i]) { return nil }
        return i
    }
}
