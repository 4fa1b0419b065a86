/// Bar chart of counts per category.
extension Chart {
    /// Vertical bars, one per label, each with its value written above it
    /// (integers as integers, other values with 2 decimals). The y axis
    /// starts at 0 (or the most negative value). Long category names are
    /// turned 40° so they do not overlap; NaN values get no bar and "n/a".
    public static func bars(labels: [String], counts: [Double], title: String, xLabel: String, yLabel: String) -> Figure {
        BarChart(labels: labels, counts: counts, title: title, xLabel: xLabel, yLabel: yLabel).render()
    }
}

/// Layout and drawing of ``Chart/bars(labels:counts:title:xLabel:yLabel:)``.
struct BarChart {
    var labels: [String]
    var counts: [Double]
    var title: String
    var xLabel: String
    var yLabel: String

    func render() -> Figure {
        let n = Swift.min(labels.count, counts.count)
        var notes: [String] = []
        if labels.count != counts.count {
            notes.append("\(labels.count) labels but \(counts.count) values; only the first \(n) bars are drawn.")
        }
        let values = Array(counts.prefix(n))
        let finite = values.filter(\.isFinite)
        if finite.count < n { notes.append("\(n - finite.count) value(s) are NaN or infinite; no bar drawn.") }
        let lo = Swift.min(0, finite.min() ?? 0), hi = Swift.max(0, finite.max() ?? 1)
        let tick = Layout.tickSize
        let names = labels.prefix(n).map { TextMetrics.fit($0, size: tick, maxWidth: 160) }
        let widest = names.map { TextMetrics.width($0, size: tick) }.max() ?? 0
        let width = Swift.max(640, Double(n) * 28 + 120)
        let top = title.isEmpty ? 20.0 : Layout.topWithTitle
        let plotHeight = 380.0
        // Value labels turn vertical when they are wider than their bar's band;
        // the y range then leaves room for them above (and below) the bars.
        let valueSize = 12.0
        let valueTexts = values.map { $0.isFinite ? DecimalFormat.label($0, decimals: 2) : "n/a" }
        let widestValue = valueTexts.map { TextMetrics.width($0, size: valueSize) }.max() ?? 0
        let approxBand = (width - 110) / Double(Swift.max(n, 1))
        let verticalValues = widestValue > approxBand + 2
        let room = Swift.min(plotHeight / 2, verticalValues ? widestValue + 10 : valueSize + 8)
        let span = hi - lo
        let top_ = hi > 0 ? hi + span * room / (plotHeight - room) : hi
        let bottom_ = lo < 0 ? lo - span * room / (plotHeight - room) : lo
        var y = AxisScale.vertical(dataMin: bottom_, dataMax: top_, fixed: bottom_...top_,
                                   pad: 0, integer: finite.allSatisfy { $0 == $0.rounded() }, pixels: plotHeight)
        let rotate = widest > approxBand - 8
        let firstName = names.first.map { TextMetrics.width($0, size: tick) } ?? 0
        let left = Swift.max(14 + Layout.labelSize + 8 + y.widestLabel(size: tick) + Layout.tickLength + 4,
                             rotate ? firstName * 0.77 - approxBand / 2 + 8 : 0)
        let rect = PlotRect(x: left, y: top, width: width - left - 20, height: plotHeight)
        let band = n > 0 ? rect.width / Double(n) : rect.width
        let labelDrop = rotate ? widest * 0.64 + tick * 0.8 : 0
        y.pixelStart = rect.bottom
        y.pixelEnd = rect.y

        var svg = SVGBuilder()
        Frame.title(&svg, title, width: width)
        Frame.yAxis(&svg, y, rect: rect)
        let zero = y.pixel(0)
        let barWidth = band * 0.7
        for i in 0..<n {
            let cx = rect.x + band * (Double(i) + 0.5)
            let v = values[i]
            let label = valueTexts[i]
            if v.isFinite {
                let top = Swift.min(zero, y.pixel(v)), bottom = Swift.max(zero, y.pixel(v))
                svg.rect(cx - barWidth / 2, top, barWidth, bottom - top, fill: Palette.color(0),
                         extra: [("class", "bar"), ("data-label", labels[i]), ("data-value", label)])
            }
            let end = v.isFinite ? y.pixel(v) : zero
            if verticalValues {
                let below = v.isFinite && v < 0
                svg.text(label, x: cx + valueSize * 0.35, y: below ? end + 5 : end - 5, size: valueSize,
                         anchor: below ? "end" : "start", rotate: -90, cls: "bar-label")
            } else {
                let ty = v.isFinite && v < 0 ? end + valueSize + 3 : end - 5
                svg.text(label, x: cx, y: ty, size: valueSize, anchor: "middle", cls: "bar-label")
            }
            svg.line(cx, rect.bottom, cx, rect.bottom + Layout.tickLength, stroke: Palette.ink, extra: [("class", "tick x")])
            let ly = rect.bottom + Layout.tickLength + 4 + tick * 0.8
            if rotate {
                svg.text(names[i], x: cx + tick * 0.3, y: ly, size: tick, anchor: "end", rotate: -40, cls: "tick-label x")
            } else {
                svg.text(names[i], x: cx, y: ly, size: tick, anchor: "middle", cls: "tick-label x")
            }
        }
        if n == 0 {
            svg.text("No data to plot", x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, size: Layout.labelSize,
                     anchor: "middle", fill: "#8A3B00", cls: "note")
        }
        svg.line(rect.x, zero, rect.right, zero, stroke: Palette.ink, extra: [("class", "baseline")])
        var labelled = rect
        labelled.height += labelDrop
        Frame.box(&svg, rect: rect, xLabel: "", yLabel: yLabel, yLabelX: 14 + Layout.labelSize * 0.8)
        if !xLabel.isEmpty {
            svg.text(TextMetrics.fit(xLabel, size: Layout.labelSize, maxWidth: rect.width), x: rect.x + rect.width / 2,
                     y: labelled.bottom + 44, size: Layout.labelSize, anchor: "middle", cls: "axis-label x")
        }
        let height = labelled.bottom + Layout.bottom
            + Frame.notes(&svg, notes, x: 14, y: labelled.bottom + Layout.bottom + 10, width: width)
        let pairs = zip(labels.prefix(4), values.prefix(4)).map { "\($0) \(DecimalFormat.label($1, decimals: 2))" }
        let alt = "\(Chart.subject(title, fallback: "Bar chart")): bar chart of \(yLabel.isEmpty ? "values" : yLabel) by "
            + "\(xLabel.isEmpty ? "category" : xLabel)" + (n == 0 ? " with no data." : ": " + pairs.joined(separator: ", ")
            + (n > 4 ? " and \(n - 4) more." : "."))
        let doc = svg.document(width: width, height: height, kind: "bars", title: title, description: alt)
        return Figure(svg: doc, title: title, altText: alt)
    }
}
