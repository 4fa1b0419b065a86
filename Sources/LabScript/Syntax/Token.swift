/// One lexical token of a directive line.
struct Token: Equatable {
    /// What the token is.
    enum Kind: Equatable {
        /// A bare word, keywords included (`train`, `on`, `as`).
        case word(String)
        /// `a.b.c`.
        case dotted([String])
        /// A number and its spelling.
        case number(Double, literal: String)
        /// `low..high`.
        case range(Double, Double)
        /// A quoted string, escapes resolved.
        case string(String)
        /// `$name`.
        case parameter(String)
        /// `=`.
        case equals
        /// `,`.
        case comma
        /// `(`.
        case leftParen
        /// `)`.
        case rightParen
        /// `>=`, `>`, `<=`, `<`, `==`.
        case comparison(ComparisonOperator)
    }

    /// The token's kind and payload.
    let kind: Kind
    /// Byte offset of its first byte in the line text.
    let offset: Int
    /// Length in UTF-8 bytes.
    let length: Int
    /// Whether whitespace separates it from the previous token.
    let spaceBefore: Bool

    /// Byte offset one past its last byte.
    var end: Int { offset + length }

    /// The value this token denotes, if it is a value token (keywords are not).
    var value: Value? {
        switch kind {
        case let .word(word): return Token.keywords.contains(word) ? nil : .identifier(word)
        case let .dotted(parts): return .dotted(parts)
        case let .number(number, literal): return .number(number, literal: literal)
        case let .range(low, high): return .range(low, high)
        case let .string(text): return .string(text)
        case let .parameter(name): return .parameter(name)
        default: return nil
        }
    }

    /// The reserved words of the language.
    static let keywords: Set<String> = ["on", "with", "to", "as"]

    /// The word, if this is a bare word.
    var word: String? {
        if case let .word(word) = kind { return word }
        return nil
    }

    /// How the token reads in messages.
    var spelling: String {
        switch kind {
        case let .word(word): return word
        case .equals: return "="
        case .comma: return ","
        case .leftParen: return "("
        case .rightParen: return ")"
        case let .comparison(op): return op.rawValue
        default: return value?.description ?? "?"
        }
    }
}

/// A lexical error: where on the line and why.
struct LexError: Error {
    let message: String
    let offset: Int
    let length: Int
    var hint: String? = nil
}
