extension Lexer {
    /// A word (`[A-Za-z_][A-Za-z0-9_-]*`, a `-` only between word bytes), or a dotted name.
    mutating func scanWord() throws -> Token.Kind {
        var parts = [scanWordPart()]
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            guard let next = peek(1), Lexer.isWordByte(next) else {
                throw LexError(
                    message: "expected a name after '.'", offset: index, length: 1,
                    hint: "split names are written like digits.train")
            }
            index += 1
            parts.append(scanWordPart())
        }
        return parts.count == 1 ? .word(parts[0]) : .dotted(parts)
    }

    mutating func scanWordPart() -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if Lexer.isWordByte(byte) { index += 1; continue }
            if byte == UInt8(ascii: "-"), let next = peek(1), Lexer.isWordByte(next), index > start {
                index += 1; continue
            }
            break
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// `$name`.
    mutating func scanParameter() throws -> Token.Kind {
        guard let next = peek(1), Lexer.isWordStart(next) else {
            throw LexError(
                message: "expected a parameter name after '$'", offset: index, length: 1,
                hint: "parameters are written like $depth")
        }
        index += 1
        return .parameter(scanWordPart())
    }

    /// `"..."` with `\"`, `\\`, `\n`, `\t` escapes.
    mutating func scanString() throws -> Token.Kind {
        let start = index
        index += 1
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return .string(String(decoding: text, as: UTF8.self))
            }
            if byte == UInt8(ascii: "\\") {
                guard let escaped = peek(1) else { break }
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(escaped)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                default:
                    let character = String(decoding: [escaped], as: UTF8.self)
                    throw LexError(
                        message: "unknown escape sequence '\\\(character)' in string",
                        offset: index, length: 2, hint: "the escapes are \\\" \\\\ \\n and \\t")
                }
                index += 2
                continue
            }
            text.append(byte)
            index += 1
        }
        var end = bytes.count
        while end > start + 1, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        throw LexError(
            message: "unterminated string", offset: start, length: end - start,
            hint: "close the string with '\"' on the same line")
    }

    /// A number (`-1`, `0.25`, `2e-5`, `1_000`) or a range (`1..2`, `-1..1`).
    ///
    /// Scans the whole run of number-like bytes first so that `1x`, `1.2.3`
    /// and `2e` are reported whole instead of splitting into several tokens.
    mutating func scanNumberOrRange() throws -> Token.Kind {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if Lexer.isWordByte(byte) || byte == UInt8(ascii: ".") { index += 1; continue }
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                let previous = bytes[index - 1]
                let afterExponent = previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E")
                let afterDots = index - start >= 2 && previous == UInt8(ascii: ".")
                    && bytes[index - 2] == UInt8(ascii: ".")
                if afterExponent || (afterDots && byte == UInt8(ascii: "-")) { index += 1; continue }
            }
            break
        }
        let literal = String(decoding: bytes[start..<index], as: UTF8.self)
        let scanned = Array(bytes[start..<index])
        if let dot = scanned.indices.first(where: { $0 + 1 < scanned.count && scanned[$0] == 0x2E && scanned[$0 + 1] == 0x2E }) {
            let low = Lexer.parseNumber(String(decoding: scanned[..<dot], as: UTF8.self)[...])
            let high = Lexer.parseNumber(String(decoding: scanned[(dot + 2)...], as: UTF8.self)[...])
            guard let low, let high else {
                throw LexError(
                    message: "malformed range '\(literal)'", offset: start, length: index - start,
                    hint: "a range is written LOW..HIGH, e.g. 1..2")
            }
            guard low <= high else {
                throw LexError(
                    message: "malformed range '\(literal)': the lower bound is above the upper bound",
                    offset: start, length: index - start, hint: "write the smaller bound first")
            }
            return .range(low, high)
        }
        guard let number = Lexer.parseNumber(literal[...]) else {
            throw LexError(
                message: "malformed number '\(literal)'", offset: start, length: index - start,
                hint: "numbers look like 3, -1, 0.25, 2e-5 or 1_000")
        }
        return .number(number, literal: literal)
    }

    /// Parses `-?D(.D)?([eE][+-]?D)?` where `D` is digits with single `_` between digits.
    static func parseNumber(_ text: Substring) -> Double? {
        var rest = text[...]
        var cleaned = ""
        if rest.first == "-" { cleaned.append("-"); rest = rest.dropFirst() }
        guard let whole = digits(&rest) else { return nil }
        cleaned += whole
        if rest.first == "." {
            rest = rest.dropFirst()
            guard let fraction = digits(&rest) else { return nil }
            cleaned += "." + fraction
        }
        if let e = rest.first, e == "e" || e == "E" {
            rest = rest.dropFirst()
            cleaned.append("e")
            if let sign = rest.first, sign == "+" || sign == "-" { cleaned.append(sign); rest = rest.dropFirst() }
            guard let exponent = digits(&rest) else { return nil }
            cleaned += exponent
        }
        guard rest.isEmpty, let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// Consumes digits with single underscores between them; nil if none or misplaced `_`.
    static func digits(_ text: inout Substring) -> String? {
        var out = ""
        var lastWasDigit = false
        while let character = text.first {
            if character.isASCII, character.isNumber {
                out.append(character); lastWasDigit = true
            } else if character == "_", lastWasDigit, text.dropFirst().first?.isNumber == true {
                lastWasDigit = false
            } else {
                break
            }
            text = text.dropFirst()
        }
        return out.isEmpty ? nil : out
    }
}
