extension CheckState {
    /// Splits positional groups into flags and slot values, checking each against its slot,
    /// and returns the kind picked by the spec's variant slot when it is positional.
    ///
    /// Flags follow ``DirectiveSpec/isFlag(_:position:kind:)``, the one rule for flags.
    mutating func resolveGroups(
        _ directive: Directive, spec: DirectiveSpec
    ) -> ([String: Located<[Located<Value>]>], [Located<String>], String?) {
        let line = directive.line
        var arguments: [String: Located<[Located<Value>]>] = [:]
        var flags: [Located<String>] = []
        var position = 0
        var kind: String? = nil
        for group in directive.groups {
            let single = group.value.count == 1 ? group.value[0].value.asName : nil
            if let word = single, spec.isFlag(group.value, position: position, kind: kind) {
                if flags.contains(where: { $0.value == word }) {
                    error("flag '\(word)' is given twice", under: group, in: line)
                }
                flags.append(group.map { _ in word })
                continue
            }
            if position < spec.positional.count {
                let slot = spec.positional[position]
                position += 1
                checkSlot(group, slot: slot, verb: spec.name, in: line)
                arguments[slot.name] = group
                if let variants = spec.variants, variants.slot == slot.name, let word = single, variants.kind(word) != nil {
                    kind = word
                }
                continue
            }
            let shown = group.value.map(\.value.description).joined(separator: ", ")
            let validFlags = spec.options(forKind: kind).filter(\.isFlag).map(\.name)
            if let word = single, !validFlags.isEmpty {
                let hint = ScikitLearnNames.hint(for: word, valid: validFlags)
                    ?? suggestion(for: word, among: validFlags).map { "did you mean '\($0)'?" }
                let owner = kind.map { "\(spec.name) \($0)" } ?? spec.name
                error(
                    "unknown flag '\(word)' for '\(owner)' (valid flags: \(validFlags.joined(separator: ", ")))",
                    under: group, in: line, hint: hint)
            } else {
                error("unexpected argument '\(shown)' for '\(spec.name)'", under: group, in: line, hint: "usage: \(spec.usage)")
            }
        }
        for slot in spec.positional.dropFirst(position) where slot.required {
            errorAtEnd("missing \(slot.name) for '\(spec.name)'", of: directive, hint: "usage: \(spec.usage)")
        }
        return (arguments, flags, kind)
    }

    /// Checks `on` / `with` / `to` clauses against the spec and adds them to `arguments`.
    mutating func resolveClauses(
        _ directive: Directive, spec: DirectiveSpec, into arguments: inout [String: Located<[Located<Value>]>]
    ) {
        for clause in directive.clauses {
            let keyword = clause.keyword.value
            guard let slot = spec.clauses[keyword] else {
                error(
                    "'\(spec.name)' takes no '\(keyword)' clause", under: clause.keyword, in: directive.line,
                    hint: "usage: \(spec.usage)")
                continue
            }
            checkSlot(clause.values, slot: slot, verb: spec.name, in: directive.line)
            arguments[slot.name] = clause.values
        }
        for keyword in spec.clauses.keys.sorted() {
            guard let slot = spec.clauses[keyword], slot.required, directive.clause(keyword) == nil else { continue }
            errorAtEnd(
                "missing '\(keyword) \(slot.name.uppercased())' for '\(spec.name)'", of: directive,
                hint: "usage: \(spec.usage)")
        }
    }

    /// Checks the values of one slot: count, then each value against the slot kind.
    mutating func checkSlot(_ group: Located<[Located<Value>]>, slot: SlotSpec, verb: String, in line: SourceLine) {
        if !slot.allowsList, group.value.count > 1 {
            error(
                "'\(verb)' takes a single \(slot.name), got \(group.value.count) values", under: group, in: line)
            return
        }
        for value in group.value { checkSlotValue(value, slot: slot, verb: verb, in: line) }
    }

    /// Checks one value against a slot kind.
    mutating func checkSlotValue(_ value: Located<Value>, slot: SlotSpec, verb: String, in line: SourceLine) {
        switch (slot.kind, value.value) {
        case (.any, _):
            return
        case let (_, .parameter(name)):
            if let known = checkParameter(name, at: value, in: line), known.asParameter == nil {
                checkSlotValue(value.map { _ in known }, slot: slot, verb: verb, in: line)
            }
        case (.reference, _):
            checkReference(value, what: slot.name, in: line)
        case (.source, .identifier), (.source, .dotted), (.source, .string):
            return
        case (.source, _):
            error("expected a dataset name or a quoted path for \(slot.name), got \(value.value.quotedDescription)", under: value, in: line)
        case let (.literal(choices), .identifier(word)):
            guard let choices, !choices.contains(word) else { return }
            let hint = suggestion(for: word, among: choices).map { "did you mean '\($0)'?" }
            error(
                "unknown \(slot.name) '\(word)' for '\(verb)' (expected one of: \(choices.joined(separator: ", ")))",
                under: value, in: line, hint: hint)
        case (.literal, _):
            error("expected a word for \(slot.name), got \(value.value.quotedDescription)", under: value, in: line)
        }
    }
}
