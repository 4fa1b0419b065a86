import Foundation

/// "Nice" axis ticks: steps of 1, 2 or 5 × 10ⁿ covering a data range.
///
/// The step is the smallest 1-2-5 value for which the ticks
/// `floor(min/step)·step … ceil(max/step)·step` need at most `maxTicks`
/// marks (at least 3). Tick values are computed as `i·m / 10^k` (exact decimal rounding),
/// so `0.3` is the double nearest 0.3, not `0.30000000000000004`.
/// Degenerate input is repaired: non-finite bounds fall back to the finite one
/// or to 0…1, swapped bounds are reordered, and an empty range is widened
/// (`0…1` around zero, ±10 % around other values).
public struct NiceScale: Sendable, Equatable {
    /// The first tick (≤ the repaired minimum).
    public let lower: Double
    /// The last tick (≥ the repaired maximum).
    public let upper: Double
    /// Distance between ticks: 1, 2 or 5 × 10ⁿ.
    public let step: Double
    /// Tick values from `lower` to `upper`, ascending.
    public let ticks: [Double]
    /// Digits after the decimal point that label every tick exactly.
    public let decimals: Int

    /// Computes ticks for `min…max` with at most `maxTicks` marks (values
    /// below 3 count as 3: a range across zero needs three).
    ///
    /// - Parameter integerSteps: forbid steps below 1 (epochs, counts).
    /// - Complexity: O(number of ticks).
    public init(min: Double, max: Double, maxTicks: Int = 6, integerSteps: Bool = false) {
        let (lo, hi) = NiceScale.repair(min, max)
        let intervals = Double(Swift.max(2, maxTicks - 1))
        // Repaired bounds keep this ratio positive and finite; the guard keeps a trap unreachable.
        let ratio = (hi - lo) / intervals
        let magnitude = ratio > 0 && ratio.isFinite ? log10(ratio).rounded(.down) : 0
        var exponent = Int(Swift.max(-400, Swift.min(400, magnitude))) - 1
        if integerSteps { exponent = Swift.max(exponent, 0) }
        var chosen = (m: 1, k: exponent, first: 0.0, last: 0.0)
        search: for k in exponent...(exponent + 640) {
            for m in [1, 2, 5] {
                let step = Double(m) * pow(10, Double(k))
                let first = (lo / step + 1e-9).rounded(.down)
                let last = (hi / step - 1e-9).rounded(.up)
                chosen = (m, k, first, last)
                if last - first <= intervals { break search }
            }
        }
        let values = stride(from: chosen.first, through: chosen.last, by: 1).map {
            NiceScale.value(index: $0, m: chosen.m, k: chosen.k)
        }
        ticks = values
        lower = values.first ?? lo
        upper = values.last ?? hi
        step = NiceScale.value(index: 1, m: chosen.m, k: chosen.k)
        decimals = Swift.max(0, -chosen.k)
    }

    /// The tick labels, each with ``decimals`` digits (`"0.0"`, `"0.2"`, …).
    public var labels: [String] { ticks.map { DecimalFormat.string($0, decimals: decimals) } }

    /// The ticks that fall inside `range` (with a tolerance of 1e-9 steps).
    public func ticks(within range: ClosedRange<Double>) -> [Double] {
        let eps = step * 1e-9
        return ticks.filter { $0 >= range.lowerBound - eps && $0 <= range.upperBound + eps }
    }

    /// Returns finite, ordered, non-empty bounds.
    static func repair(_ a: Double, _ b: Double) -> (Double, Double) {
        var lo = a.isFinite ? a : (b.isFinite ? b : 0)
        var hi = b.isFinite ? b : (a.isFinite ? a : 1)
        if lo > hi { swap(&lo, &hi) }
        // Subnormal and near-subnormal data: widening by a fraction of the magnitude would
        // underflow to an empty range, so show a unit range on the side(s) the data is on.
        if Swift.max(Swift.abs(lo), Swift.abs(hi)) < 1e-280 {
            return (lo < 0 ? -1 : 0, hi > 0 || lo >= 0 ? 1 : 0)
        }
        if hi - lo <= Swift.abs(hi) * 1e-12 || !(hi - lo).isFinite || hi - lo < 1e-300 {
            if lo == 0 && hi == 0 { return (0, 1) }
            if !(hi - lo).isFinite { return (-1e300, 1e300) }
            let spread = Swift.max(Swift.abs(lo), Swift.abs(hi)) * 0.1
            return (lo - spread, hi + spread)
        }
        return (lo, hi)
    }

    /// `index · m · 10^k`, computed so decimal ticks round exactly.
    private static func value(index: Double, m: Int, k: Int) -> Double {
        let units = index * Double(m)
        return k >= 0 ? units * pow(10, Double(k)) : units / pow(10, Double(-k))
    }
}
