/// Draws the parts every chart shares: title, axes, grid, notes.
enum Frame {
    /// The title, centred at the top and shortened to fit.
    static func title(_ svg: inout SVGBuilder, _ title: String, width: Double) {
        guard !title.isEmpty else { return }
        let text = TextMetrics.fit(title, size: Layout.titleSize, maxWidth: width - 24, bold: true)
        svg.text(text, x: width / 2, y: 28, size: Layout.titleSize, anchor: "middle", bold: true, cls: "title")
    }

    /// Horizontal grid lines, left and bottom ticks with labels, the axes box.
    static func yAxis(_ svg: inout SVGBuilder, _ axis: AxisScale, rect: PlotRect, grid: Bool = true) {
        for (value, label) in zip(axis.ticks, axis.labels) {
            let y = axis.pixel(value)
            if grid { svg.line(rect.x, y, rect.right, y, stroke: Palette.grid, extra: [("class", "grid y")]) }
            svg.line(rect.x - Layout.tickLength, y, rect.x, y, stroke: Palette.ink, extra: [("class", "tick y")])
            svg.text(label, x: rect.x - Layout.tickLength - 4, y: y + Layout.tickSize * 0.35,
                     size: Layout.tickSize, anchor: "end", cls: "tick-label y")
        }
    }

    /// Vertical grid lines and bottom ticks with labels.
    static func xAxis(_ svg: inout SVGBuilder, _ axis: AxisScale, rect: PlotRect, grid: Bool = true) {
        for (value, label) in zip(axis.ticks, axis.labels) {
            let x = axis.pixel(value)
            if grid { svg.line(x, rect.y, x, rect.bottom, stroke: Palette.grid, extra: [("class", "grid x")]) }
            svg.line(x, rect.bottom, x, rect.bottom + Layout.tickLength, stroke: Palette.ink, extra: [("class", "tick x")])
            svg.text(label, x: x, y: rect.bottom + Layout.tickLength + 4 + Layout.tickSize * 0.8,
                     size: Layout.tickSize, anchor: "middle", cls: "tick-label x")
        }
    }

    /// The axes box and the two axis titles.
    static func box(_ svg: inout SVGBuilder, rect: PlotRect, xLabel: String, yLabel: String, yLabelX: Double) {
        svg.rect(rect.x, rect.y, rect.width, rect.height, fill: "none",
                 extra: [("class", "axes"), ("stroke", Palette.ink), ("stroke-width", "1")])
        if !xLabel.isEmpty {
            let text = TextMetrics.fit(xLabel, size: Layout.labelSize, maxWidth: rect.width)
            svg.text(text, x: rect.x + rect.width / 2, y: rect.bottom + 44, size: Layout.labelSize,
                     anchor: "middle", cls: "axis-label x")
        }
        if !yLabel.isEmpty {
            let text = TextMetrics.fit(yLabel, size: Layout.labelSize, maxWidth: rect.height)
            svg.text(text, x: yLabelX, y: rect.y + rect.height / 2, size: Layout.labelSize,
                     anchor: "middle", rotate: -90, cls: "axis-label y")
        }
    }

    /// Notes under the chart starting at baseline `y`, wrapped at word
    /// boundaries to the figure width; returns the height they take (0 if none).
    @discardableResult
    static func notes(_ svg: inout SVGBuilder, _ notes: [String], x: Double, y: Double, width: Double) -> Double {
        let lines = notes.flatMap { wrap($0, size: Layout.noteSize, maxWidth: Swift.max(60, width - 2 * x)) }
        for (i, line) in lines.enumerated() {
            svg.text(line, x: x, y: y + Double(i) * Layout.noteLine, size: Layout.noteSize, fill: "#8A3B00", cls: "note")
        }
        return lines.isEmpty ? 0 : Double(lines.count) * Layout.noteLine + 4
    }

    /// `text` broken into lines no wider than `maxWidth` (over-long words are shortened).
    static func wrap(_ text: String, size: Double, maxWidth: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if TextMetrics.width(candidate, size: size) <= maxWidth || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { TextMetrics.fit($0, size: size, maxWidth: maxWidth) }
    }
}
