/// Splits one directive line into tokens.
///
/// `#` starts a comment outside strings; spaces, tabs and a trailing `\r`
/// separate tokens. The first error on the line stops the scan.
/// Complexity: O(n) in the line's byte length.
struct Lexer {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Tokens of `text`, or the first lexical error.
    static func tokenize(_ text: String) -> Result<[Token], LexError> {
        var lexer = Lexer(text)
        do { return .success(try lexer.run()) } catch let error as LexError {
            return .failure(error)
        } catch {
            return .failure(LexError(message: "\(error)", offset: 0, length: 1))
        }
    }

    mutating func run() throws -> [Token] {
        var tokens: [Token] = []
        var spaced = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D { index += 1; spaced = true; continue }
            if byte == UInt8(ascii: "#") { break }
            let start = index
            let kind = try scanToken()
            tokens.append(Token(kind: kind, offset: start, length: index - start, spaceBefore: spaced))
            spaced = false
        }
        return tokens
    }

    /// Scans the token starting at `index` and advances past it.
    mutating func scanToken() throws -> Token.Kind {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return try scanString()
        case UInt8(ascii: "$"): return try scanParameter()
        case UInt8(ascii: "="):
            if peek(1) == UInt8(ascii: "=") { index += 2; return .comparison(.equal) }
            index += 1; return .equals
        case UInt8(ascii: ">"), UInt8(ascii: "<"):
            let orEqual = peek(1) == UInt8(ascii: "=")
            index += orEqual ? 2 : 1
            if byte == UInt8(ascii: ">") { return .comparison(orEqual ? .greaterOrEqual : .greater) }
            return .comparison(orEqual ? .lessOrEqual : .less)
        case UInt8(ascii: ","): index += 1; return .comma
        case UInt8(ascii: "("): index += 1; return .leftParen
        case UInt8(ascii: ")"): index += 1; return .rightParen
        default: break
        }
        if Lexer.isDigit(byte) || (byte == UInt8(ascii: "-") && peek(1).map(Lexer.isDigit) == true) {
            return try scanNumberOrRange()
        }
        if Lexer.isWordStart(byte) { return try scanWord() }
        throw invalidCharacter()
    }

    /// The byte `distance` ahead of `index`, if any.
    func peek(_ distance: Int) -> UInt8? {
        index + distance < bytes.count ? bytes[index + distance] : nil
    }

    /// The error for the (possibly multi-byte) character at `index`.
    func invalidCharacter() -> LexError {
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let end = min(bytes.count, index + width)
        let character = String(decoding: bytes[index..<end], as: UTF8.self)
        var hint: String? = nil
        if character == ";" { hint = "write one directive per line" }
        if character == "'" || character == "“" || character == "”" { hint = "quote strings with straight double quotes: \"...\"" }
        if character == "-" || character == "." { hint = "numbers start with a digit, e.g. 0.5 or -1" }
        return LexError(message: "invalid character '\(character)'", offset: index, length: end - index, hint: hint)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isWordStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == UInt8(ascii: "_") }
    static func isWordByte(_ byte: UInt8) -> Bool { isWordStart(byte) || isDigit(byte) }
}
