extension CheckState {
    /// Checks one directive, records its binding and in-place updates, and returns it
    /// resolved. An unknown verb is resolved without a spec; when a known verb is
    /// close (`trian`), the name that verb would bind is bound anyway, so later
    /// directives read it without a second error (a partial run skips them).
    mutating func visit(_ directive: Directive) -> ResolvedDirective {
        let line = directive.line
        let verb = directive.verb
        let start = diagnostics.count
        currentReads = []
        guard let spec = specs[verb.value] else {
            let close = suggestion(for: verb.value, among: Array(specs.keys))
            let hint = close.map { "did you mean '\($0)'?" }
                ?? "known directives: " + specs.keys.sorted().joined(separator: ", ")
            error("unknown directive '\(verb.value)'", under: verb, in: line, hint: hint)
            var writes: [VersionedName] = []
            let guessed = directive.binding ?? close.flatMap { specs[$0] }.flatMap { CheckState.bindingName(directive, spec: $0) }
            if let name = guessed {
                if bound[name.value] == nil { bound[name.value] = name.line }
                versions[name.value, default: 0] += 1
                writes.append(VersionedName(name.value, version: versions[name.value] ?? 0))
            }
            return ResolvedDirective(
                directive: directive, spec: nil, arguments: [:], flags: [], options: [:], binding: guessed,
                writes: writes, diagnostics: Array(diagnostics[start...]))
        }
        var arguments: [String: Located<[Located<Value>]>] = [:]
        var flags: [Located<String>] = []
        var kind: String? = nil
        if let expectation = directive.expectation {
            arguments = checkExpectation(expectation, spec: spec, in: line)
        } else {
            (arguments, flags, kind) = resolveGroups(directive, spec: spec)
            resolveClauses(directive, spec: spec, into: &arguments)
            if kind == nil, let variants = spec.variants, let word = arguments[variants.slot]?.value.first?.value.asName,
                variants.kind(word) != nil
            {
                kind = word
            }
            if kind == nil, let variants = spec.variants, arguments[variants.slot] == nil { kind = variants.defaultKind }
        }
        let options = checkOptions(directive, spec: spec, kind: kind)
        let binding = resolveBinding(directive, spec: spec)
        var writes: [VersionedName] = []
        if let binding { writes.append(VersionedName(binding.value, version: versions[binding.value] ?? 0)) }
        if let updated = updatedName(spec: spec, arguments: arguments, bound: directive.binding != nil) {
            versions[updated, default: 0] += 1
            writes.append(VersionedName(updated, version: versions[updated] ?? 0))
        }
        sortDiagnostics(from: start)
        let known = parameters.compactMapValues { $0 }
        var optionValues: [String: Located<Value>] = [:]
        for (key, option) in options { optionValues[key] = option.value.map { $0.substituting(known) } }
        let substituted = arguments.mapValues { group in group.map { values in values.map { $0.map { $0.substituting(known) } } } }
        return ResolvedDirective(
            directive: directive, spec: spec, kind: kind, arguments: substituted, flags: flags, options: options,
            optionValues: optionValues, binding: binding, reads: currentReads, writes: writes,
            diagnostics: Array(diagnostics[start...]))
    }

    /// The base name a directive changes in place, per its spec's ``InPlaceUpdate``.
    func updatedName(spec: DirectiveSpec, arguments: [String: Located<[Located<Value>]>], bound: Bool) -> String? {
        let slot: String
        switch spec.updates {
        case .none: return nil
        case .slot(let name): slot = name
        case .slotUnlessBound(let name):
            if bound { return nil }
            slot = name
        }
        guard let path = arguments[slot]?.value.first?.value.asPath, let base = path.first,
            isBound(base)
        else { return nil }
        return base
    }

    /// Whether `name` is bound or predefined at this point.
    func isBound(_ name: String) -> Bool {
        bound[name] != nil || predefined.contains(name)
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
