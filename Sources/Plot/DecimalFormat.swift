/// Locale-independent fixed-decimal formatting of `Double` values.
///
/// Rounds the exact binary value like C's `printf("%.Nf")` (ties to even),
/// decided with a fused multiply-add so the product is never rounded first,
/// then prints digits with integer arithmetic: the output never depends on
/// the C or Foundation locale and is byte-identical everywhere. Never prints `-0`.
public enum DecimalFormat {
    /// Formats `value` with exactly `decimals` digits after the point
    /// (0…9), or fewer when `trimZeros` drops trailing zeros (`"0.5"`, `"12"`).
    ///
    /// Non-finite values print as `"NaN"`, `"∞"` or `"-∞"` (for labels only:
    /// coordinates go through ``coordinate(_:)``). Magnitudes of 9e15 and above
    /// after scaling fall back to Swift's shortest round-trip description.
    public static func string(_ value: Double, decimals: Int, trimZeros: Bool = false) -> String {
        guard value.isFinite else {
            if value.isNaN { return "NaN" }
            return value > 0 ? "∞" : "-∞"
        }
        let d = Swift.max(0, Swift.min(decimals, 9))
        var unit: Int64 = 1
        for _ in 0..<d { unit *= 10 }
        guard let n = roundedProduct(Swift.abs(value), Double(unit)) else { return "\(value)" }
        var text = String(n / unit)
        if d > 0 {
            var fraction = String(n % unit)
            if fraction.count < d {
                fraction = String(repeating: "0", count: d - fraction.count) + fraction
            }
            if trimZeros {
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
            if !fraction.isEmpty { text += "." + fraction }
        }
        return (value < 0 && n != 0) ? "-" + text : text
    }

    /// `a·s` rounded to the nearest integer, ties to even, computed on the
    /// exact product; `nil` when it does not fit 2⁵² (the caller falls back).
    private static func roundedProduct(_ a: Double, _ s: Double) -> Int64? {
        let approx = a * s
        guard approx < 4.0e15 else { return nil }
        var low = approx.rounded(.down)
        if (-low).addingProduct(a, s) < 0 { low -= 1 }
        if (-(low + 1)).addingProduct(a, s) >= 0 { low += 1 }
        let half = (-(low + 0.5)).addingProduct(a, s)
        if half > 0 { low += 1 } else if half == 0, low.truncatingRemainder(dividingBy: 2) != 0 { low += 1 }
        return Int64(low)
    }

    /// Formats an SVG coordinate or length: at most 2 decimals, trailing zeros
    /// trimmed; a non-finite value (which callers never pass) prints as `"0"`.
    public static func coordinate(_ value: Double) -> String {
        value.isFinite ? string(value, decimals: 2, trimZeros: true) : "0"
    }

    /// Formats a data value for a label: an integer when it is integral
    /// (`"1617"`), else `decimals` digits (`"0.91"`).
    public static func label(_ value: Double, decimals: Int = 2) -> String {
        if value.isFinite, value == value.rounded(), Swift.abs(value) < 1e15 {
            return string(value, decimals: 0)
        }
        return string(value, decimals: decimals)
    }
}
