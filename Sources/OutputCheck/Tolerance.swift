/// How close two numbers must be to count as equal: `|a - b| <= atol + rtol * |b|`
/// (NumPy's `isclose`, with `b` the committed value).
public struct Tolerance: Sendable, Equatable {
    /// Relative tolerance (default 1e-9).
    public var relative: Double
    /// Absolute tolerance (default 0).
    public var absolute: Double

    /// Creates a tolerance; the defaults compare at full double precision, give or take rounding.
    public init(relative: Double = 1e-9, absolute: Double = 0) {
        self.relative = relative
        self.absolute = absolute
    }

    /// Whether `actual` matches `expected`; NaN matches NaN, infinities match themselves.
    public func matches(_ actual: Double, _ expected: Double) -> Bool {
        if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
        if actual.isInfinite || expected.isInfinite { return actual == expected }
        return abs(actual - expected) <= absolute + relative * abs(expected)
    }
}
