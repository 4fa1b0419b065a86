import LabScript

/// One resolved directive as a handler sees it: a thin view over the checker's
/// ``ResolvedDirective`` (slots by name, options with parameters substituted, flags)
/// with typed accessors that fail with a located message.
///
/// Handlers read named slots (`inv.names("data")`, `inv.path("data")`) and options
/// (`inv.int("max_depth")`), never positions.
struct Invocation {
    /// A value and where it was written.
    struct Part {
        var value: Value
        var location: SourceLocation
        var length: Int
    }

    /// The checker's resolved directive this invocation reads.
    var resolved: ResolvedDirective
    var verb: String
    var location: SourceLocation
    /// Slot values by slot name (positional and clause slots); several comma-separated
    /// values read as one `.list` spanning them all.
    var slots: [String: Part]
    /// `key=value` options in written order, parameters substituted.
    var options: [(key: String, part: Part)]
    /// Bare flags (`stratify`).
    var flags: Set<String>
    /// The bound name (`as NAME`, or the spec's default), if any.
    var binding: Part?
    /// The kind picked by the spec's variant slot (`tree`, `roc`, `tfidf`), if any.
    var kind: String?
    /// `expect METRIC(MODELS on DATA) OP VALUE`, with the threshold's parameters substituted.
    var expectation: Expectation?
    /// Bounds on options that scale work (the run's, as the checker applied them).
    var limits: WorkLimits = .standard

    /// This invocation with the run's work limits (the checker applied the same ones).
    func limited(by limits: WorkLimits) -> Invocation {
        var copy = self
        copy.limits = limits
        return copy
    }

    /// 1-based line of the directive.
    var line: Int { location.line }

    func failure(_ message: String, at part: Part? = nil, hint: String? = nil) -> DirectiveFailure {
        DirectiveFailure(location: part?.location ?? location, length: part?.length ?? verb.utf8.count,
                         message: message, hint: hint)
    }

    /// The values of a named slot.
    func slot(_ name: String) -> Part? { slots[name] }

    func option(_ key: String) -> Part? {
        options.last { $0.key == key }?.part
    }

    func has(_ key: String) -> Bool { option(key) != nil || flags.contains(key) }

    /// A flag or boolean option: `true` when written bare, the value of `key=true|false`, else nil.
    func bool(_ key: String) throws -> Bool? {
        guard let part = option(key) else { return flags.contains(key) ? true : nil }
        guard let b = part.value.asBool else { throw failure("option '\(key)' expects true or false, got \(part.value)", at: part) }
        return b
    }

    func int(_ key: String) throws -> Int? {
        guard let part = option(key) else { return nil }
        guard let n = part.value.asDouble, n == n.rounded(), abs(n) < 1e15 else {
            throw failure("option '\(key)' expects a whole number, got \(part.value)", at: part)
        }
        try checkBounds(key, part)
        return Int(n)
    }

    /// The option's declared bounds (``OptionSpec/bounds``), checked again here: the
    /// checker enforced them on what was written, but a value may arrive another way
    /// (a `--param` override of a `$name`).
    func checkBounds(_ key: String, _ part: Part) throws {
        let spec = resolved.spec?.options(forKind: resolved.kind).first { $0.name == key }
        if let problem = spec?.bounds?.violation(option: key, value: part.value, limits: limits) {
            throw failure(problem, at: part)
        }
    }

    func double(_ key: String) throws -> Double? {
        guard let part = option(key) else { return nil }
        guard let x = part.value.asDouble else {
            throw failure("option '\(key)' expects a number, got \(part.value)", at: part)
        }
        try checkBounds(key, part)
        return x
    }

    /// A string, name or number written as text.
    func text(_ key: String) throws -> String? {
        guard let part = option(key) else { return nil }
        switch part.value {
        case .string(let s), .identifier(let s): return s
        case .number(_, let literal): return literal
        case .dotted(let parts): return parts.joined(separator: ".")
        default: throw failure("option '\(key)' expects a single value, got \(part.value)", at: part)
        }
    }

    /// A list of words (`metrics=accuracy,f1`); a single word is a list of one.
    func words(_ key: String) throws -> [String]? {
        guard let part = option(key) else { return nil }
        return try part.value.elements.map { element in
            switch element {
            case .string(let s), .identifier(let s): return s
            case .number(_, let literal): return literal
            case .dotted(let parts): return parts.joined(separator: ".")
            default: throw failure("option '\(key)' expects names, got \(part.value)", at: part)
            }
        }
    }

    /// A list of numbers (`thresholds=0.1,0.4`).
    func numbers(_ key: String) throws -> [Double]? {
        guard let part = option(key) else { return nil }
        return try part.value.elements.map { element in
            guard let x = element.asDouble else {
                throw failure("option '\(key)' expects numbers, got \(part.value)", at: part)
            }
            return x
        }
    }

    /// The names in a slot (`evaluate dummy, tree` → `dummy`, `tree`), each with the slot's span.
    func names(_ slot: String) throws -> [(name: [String], part: Part)] {
        guard let part = slots[slot] else { return [] }
        return try part.value.elements.map { element in
            guard let path = element.asPath else {
                throw failure("expected a name, got \(element)", at: part)
            }
            return (path, part)
        }
    }

    /// The dotted name in a slot (`on digits.test` → `["digits", "test"]`).
    func path(_ slot: String) throws -> (path: [String], part: Part)? {
        guard let part = slots[slot] else { return nil }
        guard let path = part.value.asPath else {
            throw failure("\(slot) expects a name, got \(part.value)", at: part)
        }
        return (path, part)
    }
}
