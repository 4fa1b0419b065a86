import LabScript

extension Invocation {
    /// Builds an invocation from a parsed directive: `$param` references
    /// replaced by their values, and single-word groups named in `flags` read as flags.
    init(_ directive: Directive, flags known: Set<String>, parameters: [String: Value]) {
        func part(_ located: Located<Value>) -> Part {
            Part(value: located.value.substituting(parameters), location: located.location, length: located.length)
        }
        func listPart(_ located: Located<[Located<Value>]>) -> Part {
            let values = located.value.map { $0.value.substituting(parameters) }
            return Part(value: values.count == 1 ? values[0] : .list(values),
                        location: located.location, length: located.length)
        }
        verb = directive.verb.value
        location = directive.location
        var positional: [Part] = []
        var flags: Set<String> = []
        for group in directive.groups {
            if positional.count >= 1, group.value.count == 1, case .identifier(let word) = group.value[0].value, known.contains(word) {
                flags.insert(word)
            } else {
                positional.append(listPart(group))
            }
        }
        self.positional = positional
        self.flags = flags
        var clauses: [String: Part] = [:]
        for clause in directive.clauses { clauses[clause.keyword.value] = listPart(clause.values) }
        self.clauses = clauses
        options = directive.options.map { ($0.key.value, part($0.value)) }
        expectation = directive.expectation.map { e in
            Expectation(metric: e.metric, models: e.models, data: e.data, op: e.op,
                        threshold: Located(e.threshold.value.substituting(parameters), at: e.threshold.location, length: e.threshold.length))
        }
        binding = directive.binding.map { Part(value: .identifier($0.value), location: $0.location, length: $0.length) }
    }
}
