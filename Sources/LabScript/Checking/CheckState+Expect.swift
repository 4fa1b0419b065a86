extension CheckState {
    /// Checks an `expect` form: the metric (against the spec's first positional
    /// choices, if any), the model names, the data's base name and the threshold.
    mutating func checkExpectation(
        _ expectation: Expectation, spec: DirectiveSpec, in line: SourceLine
    ) -> [String: Located<[Located<Value>]>] {
        let metric = expectation.metric
        if let slot = spec.positional.first, case let .literal(choices?) = slot.kind, !choices.contains(metric.value) {
            let hint = suggestion(for: metric.value, among: choices).map { "did you mean '\($0)'?" }
            error(
                "unknown metric '\(metric.value)' for \(spec.name == Parser.inlineValueVerb ? "an inline value" : "'\(spec.name)'") (expected one of: \(choices.joined(separator: ", ")))",
                under: metric, in: line, hint: hint)
        }
        let models = expectation.models.map { $0.map { Value.identifier($0) } }
        for model in models { checkReference(model, what: "the model", in: line) }
        let data = expectation.data.map { parts in parts.count == 1 ? Value.identifier(parts[0]) : Value.dotted(parts) }
        checkReference(data, what: "the data", in: line)
        let threshold = expectation.threshold
        if case let .parameter(name) = threshold.value,
            let known = checkParameter(name, at: threshold, in: line), known.asDouble == nil
        {
            error("the threshold must be a number, got $\(name) = \(known.quotedDescription)", under: threshold, in: line)
        }
        let metricValue = metric.map { Value.identifier($0) }
        let first = models.first ?? metricValue
        let last = models.last ?? metricValue
        return [
            spec.positional.first?.name ?? "metric": metric.map { _ in [metricValue] },
            "models": Located(models, at: first.location, length: last.endColumn - first.location.column),
            "data": data.map { _ in [data] },
            "threshold": threshold.map { _ in [threshold] },
        ]
    }
}
