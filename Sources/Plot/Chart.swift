/// The charts of the labs, as pure functions from plain arrays to SVG figures.
///
/// Every chart: 1-2-5 ticks, axis titles, a legend in the emptiest corner (or
/// beside the plot when every corner would cover data), Okabe–Ito colours,
/// `<title>`/`<desc>` for screen readers, XML-escaped labels, coordinates with
/// at most 2 decimals, and never a NaN or infinite coordinate: non-finite
/// points are dropped and a visible note under the chart says how many.
public enum Chart {
    /// "a", "a and b", "a, b and c", "a, b, c and 4 more" (empty labels skipped).
    static func list(_ labels: [String], noun: String) -> String {
        let named = labels.filter { !$0.isEmpty }
        guard !named.isEmpty else {
            return labels.isEmpty ? "no \(noun)s" : "\(labels.count) \(noun)\(labels.count == 1 ? "" : "s")"
        }
        let shown = Array(named.prefix(4))
        let rest = named.count - shown.count
        if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
        if shown.count == 1 { return shown[0] }
        return shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
    }

    /// `title` with a trailing period trimmed, for use inside a sentence.
    static func subject(_ title: String, fallback: String) -> String {
        var t = title.isEmpty ? fallback : title
        while t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
