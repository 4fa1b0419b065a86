/// A literal value written in a directive.
///
/// `3`, `-1`, `2e-5`, `1_000` are numbers (the literal is kept for messages);
/// `"a b"` is a string; `tree` an identifier; `digits.train` a dotted name;
/// `$depth` a parameter reference; `1..2` a range; `a,b,c` a list (only
/// options hold lists as one value; positional groups keep their elements).
public indirect enum Value: Sendable, Equatable {
    /// A number and its literal spelling, e.g. `.number(1000, literal: "1_000")`.
    case number(Double, literal: String)
    /// A quoted string with escapes resolved.
    case string(String)
    /// A bare word: a name, a keyword-like choice or a flag.
    case identifier(String)
    /// A dotted name, e.g. `["digits", "train"]`.
    case dotted([String])
    /// A reference to a notebook parameter, without the `$`.
    case parameter(String)
    /// An inclusive range `low..high`.
    case range(Double, Double)
    /// Several values separated by commas.
    case list([Value])
}

extension Value: CustomStringConvertible {
    /// The value as it could be written in a directive.
    public var description: String {
        switch self {
        case let .number(_, literal): return literal
        case let .string(text): return Value.quoted(text)
        case let .identifier(name): return name
        case let .dotted(parts): return parts.joined(separator: ".")
        case let .parameter(name): return "$" + name
        case let .range(low, high): return "\(Value.format(low))..\(Value.format(high))"
        case let .list(values): return values.map(\.description).joined(separator: ",")
        }
    }

    /// The value as quoted in messages: words in single quotes (`'tree'`), strings in
    /// double quotes, everything else as written.
    public var quotedDescription: String {
        switch self {
        case let .identifier(name): return "'\(name)'"
        case let .dotted(parts): return "'" + parts.joined(separator: ".") + "'"
        default: return description
        }
    }

    /// A short phrase naming the value's kind, for messages ("a string", "a list of 2 values").
    public var kindDescription: String {
        switch self {
        case .number: return "a number"
        case .string: return "a string"
        case .identifier: return "a name"
        case .dotted: return "a dotted name"
        case .parameter: return "a parameter"
        case .range: return "a range"
        case let .list(values): return "a list of \(values.count) values"
        }
    }

    /// `text` in double quotes with `"`, `\`, newline and tab escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Integral doubles without a fraction (`2`), others in Swift's shortest form.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
