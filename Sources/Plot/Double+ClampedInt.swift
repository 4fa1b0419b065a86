extension Double {
    /// This value rounded toward zero and clamped to `bounds`, as an `Int`; NaN gives
    /// the lower bound. Unlike `Int(_:)` it never traps (infinities, 1e300, NaN).
    func clampedInt(_ bounds: ClosedRange<Int>) -> Int {
        guard !isNaN else { return bounds.lowerBound }
        if self <= Double(bounds.lowerBound) { return bounds.lowerBound }
        if self >= Double(bounds.upperBound) { return bounds.upperBound }
        return Int(self)
    }
}
