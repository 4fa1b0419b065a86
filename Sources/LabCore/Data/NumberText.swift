/// Deterministic number-to-text conversions shared by tables and reports.
public enum NumberText {
    /// Shortest round-trip text; whole numbers below 2^53 print without a fraction ("9", not "9.0");
    /// non-finite values print as `nan`, `inf`, `-inf`.
    public static func shortest(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        if x == x.rounded(), abs(x) < 9_007_199_254_740_992 { return String(Int64(x)) }
        return "\(x)"
    }

    /// Whole numbers as integers, others with at most `digits` decimals (trailing zeros dropped):
    /// `3`, `0.25`, `-0.5007` — for showing data values compactly.
    public static func compact(_ x: Double, digits: Int = 4) -> String {
        if !x.isFinite || x == x.rounded() { return shortest(x) }
        var s = fixed(x, digits: digits)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    /// `x` with exactly `digits` decimals, rounded half away from zero on the decimal
    /// value Swift prints, independent of locale. Non-finite values print as `nan`, `inf`, `-inf`.
    public static func fixed(_ x: Double, digits: Int) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        let scale = pow10(Swift.min(Swift.max(digits, 0), 19))
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        // Past 2^53 the scaled value is not exact; 10^19 is beyond Int64 (and digits past it never loop long).
        guard scaled < 9_007_199_254_740_992, scale <= 1e18 else { return "\(x)" }
        let n = Int64(scaled)
        let p = Int64(scale)
        let whole = n / p
        let frac = n % p
        var s = (x < 0 && n != 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let f = String(frac)
            s += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return s
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}
