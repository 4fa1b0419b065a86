extension CheckState {
    /// Checks one directive, records its binding and returns it resolved (nil for an unknown verb).
    mutating func visit(_ directive: Directive) -> ResolvedDirective? {
        let line = directive.line
        let verb = directive.verb
        guard let spec = specs[verb.value] else {
            let hint = suggestion(for: verb.value, among: Array(specs.keys)).map { "did you mean '\($0)'?" }
                ?? "known directives: " + specs.keys.sorted().joined(separator: ", ")
            error("unknown directive '\(verb.value)'", under: verb, in: line, hint: hint)
            if let name = directive.binding { bind(name, explicit: true, in: line) }
            return nil
        }
        let start = diagnostics.count
        var arguments: [String: Located<[Located<Value>]>] = [:]
        var flags: [Located<String>] = []
        if let expectation = directive.expectation {
            arguments = checkExpectation(expectation, spec: spec, in: line)
        } else {
            (arguments, flags) = resolveGroups(directive, spec: spec)
            resolveClauses(directive, spec: spec, into: &arguments)
        }
        let options = checkOptions(directive, spec: spec)
        let binding = resolveBinding(directive, spec: spec)
        sortDiagnostics(from: start)
        return ResolvedDirective(
            directive: directive, arguments: arguments, flags: flags, options: options, binding: binding)
    }

    /// Orders this directive's diagnostics by column (stable).
    mutating func sortDiagnostics(from start: Int) {
        let sorted = diagnostics[start...].enumerated().sorted {
            ($0.element.location.column, $0.offset) < ($1.element.location.column, $1.offset)
        }.map(\.element)
        diagnostics.replaceSubrange(start..., with: sorted)
    }

    /// Applies the binding rule: explicit `as NAME`, a default name, or an error.
    mutating func resolveBinding(_ directive: Directive, spec: DirectiveSpec) -> Located<String>? {
        let line = directive.line
        if let name = directive.binding {
            if spec.binding == .none {
                error(
                    "'\(spec.name)' does not bind a name", under: name, in: line,
                    hint: "remove 'as \(name.value)'")
                return nil
            }
            bind(name, explicit: true, in: line)
            return name
        }
        switch spec.binding {
        case .none, .optional(defaultFromPositional: nil):
            return nil
        case .required:
            errorAtEnd("'\(spec.name)' needs a name for its result", of: directive, hint: "add 'as NAME'; usage: \(spec.usage)")
            return nil
        case .optional:
            guard let name = CheckState.bindingName(directive, spec: spec) else { return nil }
            bind(name, explicit: false, in: line)
            return name
        }
    }
}
