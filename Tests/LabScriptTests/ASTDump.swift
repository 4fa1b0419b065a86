import LabScript

/// A compact, typed rendering of parsed directives for table-driven AST tests.
///
/// Values are tagged by kind: `n:0.25`, `s:"Not 9"`, `id:tree`, `d:digits.train`,
/// `$:depth`, `r:1..2`; groups in brackets, clauses as `on[...]`, options as `k=v`.
enum ASTDump {
    static func value(_ value: Value) -> String {
        switch value {
        case let .number(number, literal): return "n:\(literal)=\(number)"
        case let .string(text): return "s:\"\(text)\""
        case let .identifier(name): return "id:\(name)"
        case let .dotted(parts): return "d:" + parts.joined(separator: ".")
        case let .parameter(name): return "$:\(name)"
        case let .range(low, high): return "r:\(low)..\(high)"
        case let .list(values): return values.map(Self.value).joined(separator: ",")
        }
    }

    static func list(_ values: [Located<Value>]) -> String {
        values.map { value($0.value) }.joined(separator: ",")
    }

    static func directive(_ directive: Directive) -> String {
        var parts = [directive.verb.value]
        if let expectation = directive.expectation {
            parts.append(
                "\(expectation.metric.value)(\(expectation.models.map(\.value).joined(separator: ",")) on "
                    + "\(expectation.data.value.joined(separator: "."))) \(expectation.op.value.rawValue) "
                    + value(expectation.threshold.value))
        }
        parts += directive.groups.map { "[\(list($0.value))]" }
        parts += directive.clauses.map { "\($0.keyword.value)[\(list($0.values.value))]" }
        parts += directive.options.map { "\($0.key.value)=\(list($0.values))" }
        if let binding = directive.binding { parts.append("as \(binding.value)") }
        return parts.joined(separator: " ")
    }

    /// Parses one line and dumps it; parse diagnostics are appended after ` !! `.
    static func parse(_ line: String) -> String {
        let result = Parser.parse([SourceLine(text: line, line: 1)], file: "lab.md")
        let dumped = result.directives.map(directive).joined(separator: " ; ")
        let problems = result.diagnostics.map(\.summary).joined(separator: " | ")
        return problems.isEmpty ? dumped : dumped + " !! " + problems
    }
}
