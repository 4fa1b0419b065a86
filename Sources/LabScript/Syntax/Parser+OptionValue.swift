extension Parser {
    /// Reads `text` as an option value is read in a directive (`key=TEXT`): `a,b,c` is a
    /// list, `3` and `1e-3` are numbers, `1..5` a range, `"a b"` a string, `tree` a word.
    /// Nil when the text is not one such value (free text with spaces, an unclosed
    /// quote, a `$parameter`, anything after the value): callers keep it as a string.
    public static func parseOptionValue(_ text: String) -> Value? {
        let prefix = "param v="
        let parsed = parse(prefix + text, file: "")
        guard parsed.diagnostics.isEmpty, parsed.directives.count == 1, let directive = parsed.directives.first,
              directive.groups.isEmpty, directive.clauses.isEmpty, directive.binding == nil,
              directive.expectation == nil, directive.options.count == 1, let option = directive.options.first,
              option.key.value == "v", option.span.length + option.span.location.column - 1 == (prefix + text).utf8.count,
              !containsParameter(option.value.value)
        else { return nil }
        return option.value.value
    }

    private static func containsParameter(_ value: Value) -> Bool {
        switch value {
        case .parameter: return true
        case let .list(values): return values.contains(where: containsParameter)
        default: return false
        }
    }
}
