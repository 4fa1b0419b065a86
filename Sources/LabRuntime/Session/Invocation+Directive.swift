import LabScript

extension Invocation {
    /// The view of a resolved directive: its slots and options as the checker resolved
    /// them (parameters already substituted), its flags and its binding.
    init(_ resolved: ResolvedDirective) {
        let directive = resolved.directive
        self.resolved = resolved
        verb = directive.verb.value
        location = directive.location
        kind = resolved.kind
        slots = resolved.arguments.mapValues { located in
            let values = located.value.map(\.value)
            return Part(value: values.count == 1 ? values[0] : .list(values), location: located.location, length: located.length)
        }
        flags = Set(resolved.flags.map(\.value))
        options = directive.options.map { option in
            // The resolved value (parameters substituted) is the last one written under the key;
            // an option without `$param` keeps its own value, so a key written on both sides of
            // a split (`crossval tree seed=1 on d seed=2`) keeps both.
            let value = Invocation.hasParameter(option.value.value)
                ? resolved.optionValues[option.key.value] ?? option.value : option.value
            return (option.key.value, Part(value: value.value, location: value.location, length: value.length))
        }
        expectation = directive.expectation.map { e in
            let threshold = resolved.arguments["threshold"]?.value.first ?? e.threshold
            return Expectation(metric: e.metric, models: e.models, data: e.data, op: e.op, threshold: threshold)
        }
        binding = resolved.binding.map { Part(value: .identifier($0.value), location: $0.location, length: $0.length) }
    }

    /// Whether a value refers to a notebook parameter.
    static func hasParameter(_ value: Value) -> Bool {
        switch value {
        case .parameter: return true
        case .list(let values): return values.contains(where: hasParameter)
        default: return false
        }
    }
}
