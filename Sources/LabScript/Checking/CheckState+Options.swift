extension CheckState {
    /// Checks options: unknown keys, repeats and value types; `param` options define parameters.
    ///
    /// The valid options are the spec's common ones plus those of `kind` (when the spec
    /// has variants); an option of another kind is reported with the kinds it belongs to.
    mutating func checkOptions(_ directive: Directive, spec: DirectiveSpec, kind: String?) -> [String: DirectiveOption] {
        let valid = spec.options(forKind: kind)
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
            guard let optionSpec = valid.first(where: { $0.name == key }) else {
                reportUnknownOption(option, spec: spec, kind: kind, valid: valid.map(\.name), in: line)
                continue
            }
            checkValue(of: option, spec: optionSpec, in: line)
        }
        return seen
    }

    /// Reports an option that does not apply: the valid options of this directive (and
    /// kind), with a scikit-learn-name hint, a did-you-mean, or the kinds it belongs to.
    mutating func reportUnknownOption(
        _ option: DirectiveOption, spec: DirectiveSpec, kind: String?, valid: [String], in line: SourceLine
    ) {
        let key = option.key.value
        let owner = kind.map { "\(spec.name) \($0)" } ?? spec.name
        let message = valid.isEmpty
            ? "unknown option '\(key)': '\(owner)' takes no options"
            : "unknown option '\(key)' for '\(owner)' (valid options: \(valid.joined(separator: ", ")))"
        var hint = ScikitLearnNames.hint(for: key, valid: valid)
            ?? suggestion(for: key, among: valid).map { "did you mean '\($0)'?" }
        if hint == nil, let variants = spec.variants {
            let others = variants.kinds(accepting: key)
            if !others.isEmpty { hint = "'\(key)' is an option of \(others.joined(separator: ", "))" }
        }
        error(message, under: option.key, in: line, hint: hint)
    }

    /// Checks an option's value(s) against its declared type and bounds.
    mutating func checkValue(of option: DirectiveOption, spec: OptionSpec, in line: SourceLine) {
        let key = option.key.value
        let type = spec.type
        if case let .list(element) = type {
            for value in option.values { checkSingle(value, type: element, key: key, expected: type, bounds: spec.bounds, in: line) }
            return
        }
        if option.values.count > 1 {
            error(
                "option '\(key)' expects \(type.description), got a list of \(option.values.count) values",
                under: option.value, in: line)
            return
        }
        checkSingle(option.value, type: type, key: key, expected: type, bounds: spec.bounds, in: line)
    }

    /// Checks one value; `$param` references check as their value when it is known.
    mutating func checkSingle(
        _ value: Located<Value>, type: ValueType, key: String, expected: ValueType, bounds: OptionBounds?,
        in line: SourceLine
    ) {
        var actual = value.value
        var shown = value.value.quotedDescription
        if case let .parameter(name) = value.value {
            guard let known = checkParameter(name, at: value, in: line) else { return }
            actual = known
            shown = "$\(name) = \(known.quotedDescription)"
            if case let .list(elements) = known {
                // A list parameter expands where a list is expected (`targets=$targets`, also
                // beside other elements); anywhere else it is one value too many.
                guard case .list = expected else {
                    error(
                        "option '\(key)' expects \(expected.description), got a list of \(elements.count) values (\(shown))",
                        under: value, in: line, hint: "give $\(name) a single value")
                    return
                }
                for element in elements {
                    checkSingle(Located(element, at: value.location, length: value.length), type: type, key: key,
                                expected: expected, bounds: bounds, in: line)
                }
                return
            }
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
        if let problem = bounds?.violation(option: key, value: actual, limits: limits) {
            error(problem, under: value, in: line)
            return
        }
        if type == .name, value.value.asParameter == nil {
            checkReference(value, what: "option '\(key)'", in: line)
        }
    }
}
