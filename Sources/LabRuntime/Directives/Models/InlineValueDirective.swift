import Foundation
import LabCore
import LabScript

/// `` `{lab} METRIC(MODEL on DATA) [options][:FORMAT]` `` in prose: the metric's value,
/// formatted, in place of the code span (the `expect` expression language, any
/// single-number metric, `average=` and `pos_label=` as for `evaluate`).
enum InlineValueDirective {
    static let spec = DirectiveSpec(
        name: Parser.inlineValueVerb, summary: "a metric's value in prose",
        usage: "`{lab} METRIC(MODEL on DATA) [average=…] [pos_label=…][:FORMAT]` in a paragraph",
        positional: [SlotSpec("metric", kind: .literal(choices: MetricName.allCases.filter(\.isScalar).map(\.rawValue)))],
        options: [OptionSpec("average", .choice(["binary", "macro", "micro", "weighted"]), summary: "as for evaluate"),
                  OptionSpec("pos_label", .any, summary: "as for evaluate")])

    /// The formatted value (several models: their values joined by ", ").
    static func value(_ inv: Invocation, format: String?, _ ctx: inout ExecutionContext) throws -> String {
        let measured = try ExpectDirective.measure(inv, &ctx)
        return measured.map { InlineFormat.text($0.value, format: format) }.joined(separator: ", ")
    }
}

/// The formats of inline values, after Python's format mini-language.
enum InlineFormat {
    /// `.1%` → `93.3%`; `%` → six decimals; `.3f` / `f` → fixed decimals; `.3` → three
    /// significant digits; none → four decimals, as in the tables.
    static func text(_ value: Double, format: String?) -> String {
        guard let format, !format.isEmpty else { return NumberText.fixed(value, digits: 4) }
        var spec = Substring(format)
        let type = spec.last.flatMap { "%f".contains($0) ? $0 : nil }
        if type != nil { spec = spec.dropLast() }
        let precision = spec.hasPrefix(".") ? Int(spec.dropFirst()) : nil
        switch type {
        case "%": return NumberText.fixed(value * 100, digits: precision ?? 6) + "%"
        case "f": return NumberText.fixed(value, digits: precision ?? 6)
        default:
            guard let precision, precision > 0 else { return NumberText.shortest(value) }
            guard value.isFinite, value != 0 else { return NumberText.shortest(value) }
            let exponent = Int(floor(log10(abs(value))).clamped(-300, 300))
            return NumberText.compact(value, digits: min(15, max(0, precision - 1 - exponent)))
        }
    }
}

private extension Double {
    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}
