import Foundation

/// Number and duration text shared by the writers.
enum Format {
    /// Points as written: `2`, `1.5`, `0.25` (shortest form, no trailing zeros).
    static func points(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// `4.2 s`, `3 min 10 s`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int64(min(seconds, 1e12))
        return "\(whole / 60) min \(whole % 60) s"
    }

    /// A measured value with 4 decimals, as the notebooks print metrics.
    static func value(_ x: Double?) -> String {
        guard let x else { return "" }
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return String(format: "%.4f", x)
    }
}
