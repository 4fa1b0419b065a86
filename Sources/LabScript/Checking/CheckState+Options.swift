extension CheckState {
    /// Checks options: unknown keys, repeats and value types; `param` options define parameters.
    mutating func checkOptions(_ directive: Directive, spec: DirectiveSpec) -> [String: DirectiveOption] {
        let line = directive.line
        var seen: [String: DirectiveOption] = [:]
        var scoped: [String: DirectiveOption] = [:]
        let split = spec.optionsSplitBy.flatMap { directive.clause($0) }?.keyword.location
        for option in directive.options {
            let key = option.key.value
            // With `optionsSplitBy`, a key may be written once before the clause and once after it.
            let after = split.map { (option.key.location.line, option.key.location.column) > ($0.line, $0.column) } ?? false
            let scopedKey = after ? "after:" + key : key
            if let first = scoped[scopedKey] {
                error(
                    "option '\(key)' is given twice", under: option.key, in: line,
                    hint: "the first is at column \(first.key.location.column)")
            }
            scoped[scopedKey] = option
            seen[key] = option
            if spec.definesParameters {
                defineParameter(option, in: line)
                continue
            }
            guard let optionSpec = spec.option(key) else {
                let valid = spec.options.map(\.name)
                let message = valid.isEmpty
                    ? "unknown option '\(key)': '\(spec.name)' takes no options"
                    : "unknown option '\(key)' for '\(spec.name)' (valid options: \(valid.joined(separator: ", ")))"
                let hint = suggestion(for: key, among: valid).map { "did you mean '\($0)'?" }
                error(message, under: option.key, in: line, hint: hint)
                continue
            }
            checkValue(of: option, type: optionSpec.type, in: line)
        }
        return seen
    }

    /// Checks an option's value(s) against its declared type.
    mutating func checkValue(of option: DirectiveOption, type: ValueType, in line: SourceLine) {
        let key = option.key.value
        if case let .list(element) = type {
            for value in option.values { checkSingle(value, type: element, key: key, expected: type, in: line) }
            return
        }
        if option.values.count > 1 {
            error(
                "option '\(key)' expects \(type.description), got a list of \(option.values.count) values",
                under: option.value, in: line)
            return
        }
        checkSingle(option.value, type: type, key: key, expected: type, in: line)
    }

    /// Checks one value; `$param` references check as their value when it is known.
    mutating func checkSingle(
        _ value: Located<Value>, type: ValueType, key: String, expected: ValueType, in line: SourceLine
    ) {
        var actual = value.value
        var shown = value.value.quotedDescription
        if case let .parameter(name) = value.value {
            guard let known = checkParameter(name, at: value, in: line) else { return }
            actual = known
            shown = "$\(name) = \(known.quotedDescription)"
        }
        guard type.accepts(actual) else {
            let hint = actual.asString.flatMap { word in
                type.choices.flatMap { suggestion(for: word, among: $0) }
            }.map { "did you mean '\($0)'?" }
            let message: String
            if case let .choice(choices) = type {
                message = "unknown value \(shown) for option '\(key)' (valid values: \(choices.joined(separator: ", ")))"
            } else {
                message = "option '\(key)' expects \(expected.description), got \(shown)"
            }
            error(message, under: value, in: line, hint: hint)
            return
        }
        if type == .name, value.value.asParameter == nil {
            checkReference(value, what: "option '\(key)'", in: line)
        }
    }
}
