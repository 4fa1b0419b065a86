extension CheckState {
    /// Reports `name` (the base of a reference) unless it is bound or predefined.
    mutating func checkName(_ name: String, at located: Located<Value>, in line: SourceLine) {
        let read = VersionedName(name, version: versions[name] ?? 0)
        if !currentReads.contains(read) { currentReads.append(read) }
        if bound[name] != nil || predefined.contains(name) { return }
        let base = Located(name, at: located.location, length: name.utf8.count)
        if let later = firstBinding[name] {
            error(
                "'\(name)' is used before it is bound (at line \(later))", under: base, in: line,
                hint: "move this directive after line \(later)")
            return
        }
        let known = Array(Set(bound.keys).union(predefined)).sorted()
        let hint = suggestion(for: name, among: known).map { "did you mean '\($0)'?" }
            ?? "bind it first, e.g. with 'as \(name)'"
        error("unknown name '\(name)'", under: base, in: line, hint: hint)
    }

    /// Checks a reference value (name or dotted name) and its base.
    mutating func checkReference(_ value: Located<Value>, what: String, in line: SourceLine) {
        switch value.value {
        case let .identifier(name): checkName(name, at: value, in: line)
        case let .dotted(parts): checkName(parts[0], at: value, in: line)
        case let .parameter(name): _ = checkParameter(name, at: value, in: line)
        default:
            error("expected a name for \(what), got \(value.value.quotedDescription)", under: value, in: line)
        }
    }

    /// Reports an undefined `$name`; returns the parameter's value when known.
    mutating func checkParameter(_ name: String, at located: Located<Value>, in line: SourceLine) -> Value? {
        if let value = parameters[name] { return value }
        if let later = firstParameter[name] {
            error(
                "parameter '$\(name)' is used before it is defined (at line \(later))", under: located,
                in: line, hint: "move 'param \(name)=…' before this line")
            return nil
        }
        let hint = suggestion(for: name, among: parameters.keys.sorted()).map { "did you mean '$\($0)'?" }
            ?? "define it first with 'param \(name)=VALUE' or in the front matter"
        error("unknown parameter '$\(name)'", under: located, in: line, hint: hint)
        return nil
    }

    /// Binds `name`, reporting a duplicate binding within the notebook.
    mutating func bind(_ name: Located<String>, explicit: Bool, in line: SourceLine) {
        if let earlier = bound[name.value] {
            let hint = explicit ? "choose another name" : "add 'as NAME' to choose another name"
            error("name '\(name.value)' is already bound at line \(earlier)", under: name, in: line, hint: hint)
            return
        }
        bound[name.value] = name.line
        versions[name.value, default: 0] += 1
    }

    /// Defines `$name` from a `param` option.
    mutating func defineParameter(_ option: DirectiveOption, in line: SourceLine) {
        let name = option.key.value
        if let earlier = parameterLines[name], earlier > 0 {
            error("parameter '$\(name)' is already defined at line \(earlier)", under: option.key, in: line)
            return
        }
        parameterLines[name] = option.key.line
        if overridden.contains(name) { return }
        var value = option.value.value
        if case let .parameter(other) = value {
            value = checkParameter(other, at: option.value, in: line) ?? value
        }
        parameters[name] = .some(value.asParameter == nil ? value : nil)
    }
}
