extension Value {
    /// The number, if this is a number.
    public var asDouble: Double? {
        if case let .number(value, _) = self { return value }
        return nil
    }

    /// The number as an `Int`, if this is an integral number in `Int`'s range.
    public var asInt: Int? {
        guard let value = asDouble, value.rounded() == value, abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }

    /// The text of a string or a bare word (`"a b"` → `a b`, `tree` → `tree`).
    public var asString: String? {
        switch self {
        case let .string(text), let .identifier(text): return text
        default: return nil
        }
    }

    /// The name, if this is a bare identifier.
    public var asName: String? {
        if case let .identifier(name) = self { return name }
        return nil
    }

    /// The components of a name: `digits.train` → `["digits", "train"]`, `tree` → `["tree"]`.
    public var asPath: [String]? {
        switch self {
        case let .identifier(name): return [name]
        case let .dotted(parts): return parts
        default: return nil
        }
    }

    /// `true`/`false` (also `yes`/`no`, `1`/`0`).
    public var asBool: Bool? {
        switch self {
        case .identifier("true"), .identifier("yes"): return true
        case .identifier("false"), .identifier("no"): return false
        case let .number(value, _) where value == 1: return true
        case let .number(value, _) where value == 0: return false
        default: return nil
        }
    }

    /// The bounds of a range (a single number `n` reads as `n..n`).
    public var asRange: (low: Double, high: Double)? {
        switch self {
        case let .range(low, high): return (low, high)
        case let .number(value, _): return (value, value)
        default: return nil
        }
    }

    /// The parameter name, if this is a `$param` reference.
    public var asParameter: String? {
        if case let .parameter(name) = self { return name }
        return nil
    }

    /// The elements of a list, or this single value as a one-element list.
    public var elements: [Value] {
        if case let .list(values) = self { return values }
        return [self]
    }

    /// Replaces `$param` references (also inside lists) by their values; unknown ones stay.
    /// A list parameter inside a list is spliced in (`a,$rest` with `rest = b,c` is `a,b,c`).
    public func substituting(_ parameters: [String: Value]) -> Value {
        switch self {
        case let .parameter(name): return parameters[name] ?? self
        case let .list(values):
            return .list(values.flatMap { value -> [Value] in
                let substituted = value.substituting(parameters)
                if case .parameter = value, case let .list(elements) = substituted { return elements }
                return [substituted]
            })
        default: return self
        }
    }
}
