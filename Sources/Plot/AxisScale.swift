/// One axis: the data range shown, its nice ticks, and the data→pixel map.
struct AxisScale {
    /// Data values at the two ends of the axis.
    let view: ClosedRange<Double>
    /// Tick values inside `view`, ascending.
    let ticks: [Double]
    /// Tick labels, one per tick.
    let labels: [String]
    /// Pixel coordinate of `view.lowerBound`.
    var pixelStart: Double = 0
    /// Pixel coordinate of `view.upperBound`.
    var pixelEnd: Double = 1

    /// Chooses the shown range and ticks.
    ///
    /// With `fixed` (e.g. 0…1 for rates) the view is `fixed` widened by `pad`
    /// of its span and ticks stay inside `fixed`; otherwise the view is the
    /// data range widened by `pad` (matplotlib's 5 % margins) and ticks are the
    /// nice ticks inside it.
    init(dataMin: Double, dataMax: Double, fixed: ClosedRange<Double>?, pad: Double,
         maxTicks: Int, integer: Bool) {
        let (lo, hi): (Double, Double)
        if let fixed {
            (lo, hi) = NiceScale.repair(fixed.lowerBound, fixed.upperBound)
        } else {
            (lo, hi) = NiceScale.repair(dataMin, dataMax)
        }
        let span = hi - lo
        let padded = (lo - pad * span, hi + pad * span)
        // A range is only built from ordered, finite ends (NaN would trap in `...`).
        var view = lo...hi
        if padded.0 <= padded.1, (padded.1 - padded.0).isFinite { view = padded.0...padded.1 }
        let nice = NiceScale(min: fixed == nil ? view.lowerBound : lo,
                             max: fixed == nil ? view.upperBound : hi,
                             maxTicks: maxTicks, integerSteps: integer)
        var inside = nice.ticks(within: fixed == nil ? view : lo...hi)
        if inside.count < 2 {
            let low = Swift.min(view.lowerBound, nice.lower), high = Swift.max(view.upperBound, nice.upper)
            if low <= high, (high - low).isFinite { view = low...high }
            inside = nice.ticks
        }
        self.view = view
        self.ticks = inside
        self.labels = inside.map { DecimalFormat.string($0, decimals: nice.decimals) }
    }

    /// The pixel coordinate of data value `v`, clamped to ±100,000 px.
    func pixel(_ v: Double) -> Double {
        let span = view.upperBound - view.lowerBound
        let t = span > 0 ? (v - view.lowerBound) / span : 0.5
        let p = pixelStart + t * (pixelEnd - pixelStart)
        guard p.isFinite else { return v > view.lowerBound ? 100_000 : -100_000 }
        return Swift.min(100_000, Swift.max(-100_000, p))
    }

    /// Widest tick label at `size` px.
    func widestLabel(size: Double) -> Double {
        labels.map { TextMetrics.width($0, size: size) }.max() ?? 0
    }

    /// An x axis over `pixels` px whose tick labels do not overlap: the most
    /// ticks (up to 11, one per 64 px) whose spacing exceeds the widest label plus 14 px.
    static func horizontal(dataMin: Double, dataMax: Double, fixed: ClosedRange<Double>?,
                           pad: Double, integer: Bool, pixels: Double, size: Double) -> AxisScale {
        var n = (pixels / 64 + 1).clampedInt(2...11)
        while true {
            let axis = AxisScale(dataMin: dataMin, dataMax: dataMax, fixed: fixed, pad: pad,
                                 maxTicks: n, integer: integer)
            let span = axis.view.upperBound - axis.view.lowerBound
            let spacing = axis.ticks.count > 1 && span > 0
                ? pixels * (axis.ticks[1] - axis.ticks[0]) / span : pixels
            if spacing >= axis.widestLabel(size: size) + 14 || n <= 2 { return axis }
            n -= 1
        }
    }

    /// A y axis over `pixels` px with a tick every 50 px or more (3 to 11 ticks).
    static func vertical(dataMin: Double, dataMax: Double, fixed: ClosedRange<Double>?,
                         pad: Double, integer: Bool, pixels: Double) -> AxisScale {
        let n = (pixels / 50 + 1).clampedInt(3...11)
        return AxisScale(dataMin: dataMin, dataMax: dataMax, fixed: fixed, pad: pad,
                         maxTicks: n, integer: integer)
    }
}
