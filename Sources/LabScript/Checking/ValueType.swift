/// The type of an option's value.
public indirect enum ValueType: Sendable, Equatable {
    /// Any number.
    case number
    /// An integral number.
    case integer
    /// A quoted string or a bare word.
    case string
    /// A bare word.
    case identifier
    /// A bound name, or a dotted name whose base is bound.
    case name
    /// `true` or `false` (also `yes`/`no`).
    case bool
    /// One of the given words (bare or quoted).
    case choice([String])
    /// A range `low..high`.
    case range
    /// One or more comma-separated values of the element type.
    case list(ValueType)
    /// Anything.
    case any

    /// How the type reads in "expects …" messages.
    public var description: String {
        switch self {
        case .number: return "a number"
        case .integer: return "an integer"
        case .string: return "a string"
        case .identifier: return "a word"
        case .name: return "a name"
        case .bool: return "true or false"
        case let .choice(choices): return "one of (" + choices.joined(separator: ", ") + ")"
        case .range: return "a range like 1..2"
        case let .list(element): return "a list of " + element.plural
        case .any: return "a value"
        }
    }

    /// The plural form, for list descriptions.
    var plural: String {
        switch self {
        case .number: return "numbers"
        case .integer: return "integers"
        case .string: return "strings"
        case .identifier: return "words"
        case .name: return "names"
        case .bool: return "booleans"
        case let .choice(choices): return choices.joined(separator: ", ")
        case .range: return "ranges"
        case let .list(element): return "lists of " + element.plural
        case .any: return "values"
        }
    }

    /// Whether a single (non-parameter) value has this type; lists check each element.
    public func accepts(_ value: Value) -> Bool {
        if case let .list(values) = value {
            guard case let .list(element) = self else { return self == .any }
            return values.allSatisfy(element.accepts)
        }
        switch (self, value) {
        case (.any, _), (.number, .number), (.identifier, .identifier), (.range, .range): return true
        case (.integer, _): return value.asInt != nil
        case (.string, .string), (.string, .identifier): return true
        case (.name, .identifier), (.name, .dotted): return true
        case (.bool, _): return value.asBool != nil && value.asName != nil
        case let (.choice(choices), _): return value.asString.map(choices.contains) ?? false
        case let (.list(element), _): return element.accepts(value)
        default: return false
        }
    }

    /// The choices of a `.choice` type (also inside a list), for did-you-mean hints.
    var choices: [String]? {
        switch self {
        case let .choice(choices): return choices
        case let .list(element): return element.choices
        case .bool: return ["true", "false"]
        default: return nil
        }
    }
}
