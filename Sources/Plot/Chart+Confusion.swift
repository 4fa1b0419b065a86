/// Confusion matrix heatmap.
extension Chart {
    /// An annotated confusion-matrix heatmap in matplotlib's `Blues`, like
    /// scikit-learn's `ConfusionMatrixDisplay`: rows are true labels, columns
    /// predicted labels, a colour bar on the right.
    ///
    /// Cell text is the count as an integer (2 decimals when a count is not
    /// integral, e.g. weighted) or, when `normalized`, the value with 2
    /// decimals; black or white, whichever contrasts more with the cell.
    /// NaN cells (a normalised row with no samples) are grey with "n/a".
    /// Missing labels are replaced by the class index, with a note.
    public static func confusion(_ matrix: [[Double]], labels: [String], normalized: Bool, title: String) -> Figure {
        ConfusionChart(matrix: matrix, labels: labels, normalized: normalized, title: title).render()
    }
}

/// Layout and drawing of ``Chart/confusion(_:labels:normalized:title:)``.
struct ConfusionChart {
    var matrix: [[Double]]
    var labels: [String]
    var normalized: Bool
    var title: String

    func render() -> Figure {
        let rows = matrix.count
        let cols = matrix.map(\.count).max() ?? 0
        var notes: [String] = []
        let subject = Chart.subject(title, fallback: "Confusion matrix")
        guard rows > 0 && cols > 0 else {
            return NoteFigure.render(kind: "confusion", title: title, note: "No data to plot: the confusion matrix is empty.",
                                     altText: "\(subject): empty confusion matrix.")
        }
        let classes = Swift.max(rows, cols)
        let names = (0..<classes).map { $0 < labels.count ? labels[$0] : String($0) }
        if labels.count < classes { notes.append("\(classes - labels.count) class label(s) missing; class indices shown instead.") }
        if matrix.contains(where: { $0.count < cols }) { notes.append("Rows have different lengths; missing cells shown as n/a.") }
        let value: (Int, Int) -> Double = { r, c in c < matrix[r].count ? matrix[r][c] : .nan }
        let finite = matrix.flatMap { $0 }.filter(\.isFinite)
        let vmin = finite.min() ?? 0, vmax = finite.max() ?? 1
        let text: (Double) -> String = { v in
            guard v.isFinite else { return "n/a" }
            return normalized ? DecimalFormat.string(v, decimals: 2) : DecimalFormat.label(v, decimals: 2)
        }

        let cell = Swift.min(150, Swift.max(28, (400 / Double(classes)).rounded(.down)))
        let tick = Layout.tickSize
        let shownNames = names.map { TextMetrics.fit($0, size: tick, maxWidth: 150) }
        let widest = shownNames.map { TextMetrics.width($0, size: tick) }.max() ?? 0
        let rotate = widest > cell - 6
        let xLabelSpace = rotate ? widest * 0.71 + tick : tick
        let left = 14 + Layout.labelSize + 10 + widest + Layout.tickLength + 4
        let top = title.isEmpty ? 20.0 : Layout.topWithTitle
        let rect = PlotRect(x: left, y: top, width: cell * Double(cols), height: cell * Double(rows))
        let bar = PlotRect(x: rect.right + 20, y: rect.y, width: 16, height: rect.height)
        var axis = AxisScale(dataMin: vmin, dataMax: vmax, fixed: vmin...Swift.max(vmax, vmin), pad: 0,
                             maxTicks: (rect.height / 40 + 1).clampedInt(3...8), integer: !normalized && finite.allSatisfy { $0 == $0.rounded() })
        axis.pixelStart = bar.bottom
        axis.pixelEnd = bar.y
        let right = 20 + 16 + Layout.tickLength + 4 + axis.widestLabel(size: tick) + 16
        let width = Swift.max(rect.right + right, TextMetrics.width(title, size: Layout.titleSize, bold: true) + 32)
        let plotBottom = rect.bottom + Layout.tickLength + 4 + xLabelSpace + 10 + Layout.labelSize

        var svg = SVGBuilder()
        Frame.title(&svg, title, width: width)
        let fontSize = Swift.max(11, Swift.min(16, cell * 0.28))
        var omitted = false
        svg.open([("class", "matrix"), ("data-rows", String(rows)), ("data-cols", String(cols))])
        for r in 0..<rows {
            for c in 0..<cols {
                let v = value(r, c)
                let t = vmax > vmin ? (v - vmin) / (vmax - vmin) : 0
                let rgb = v.isFinite ? Palette.blues(t) : (224, 224, 224)
                let x = rect.x + Double(c) * cell, y = rect.y + Double(r) * cell
                svg.rect(x, y, cell, cell, fill: Palette.hex(rgb),
                         extra: [("class", "cell"), ("data-row", String(r)), ("data-col", String(c)), ("data-value", text(v))])
                let label = text(v)
                if TextMetrics.width(label, size: fontSize) > cell - 4 { omitted = true; continue }
                svg.text(label, x: x + cell / 2, y: y + cell / 2 + fontSize * 0.35, size: fontSize, anchor: "middle",
                         fill: v.isFinite ? Palette.textColor(on: rgb) : "#333333", cls: "cell-value")
            }
        }
        svg.close()
        if omitted { notes.append("Some values do not fit their cells and are not written; see the table.") }
        svg.rect(rect.x, rect.y, rect.width, rect.height, fill: "none",
                 extra: [("class", "axes"), ("stroke", Palette.ink), ("stroke-width", "1")])
        for r in 0..<rows {
            let y = rect.y + (Double(r) + 0.5) * cell
            svg.line(rect.x - Layout.tickLength, y, rect.x, y, stroke: Palette.ink, extra: [("class", "tick y")])
            svg.text(shownNames[r], x: rect.x - Layout.tickLength - 4, y: y + tick * 0.35, size: tick, anchor: "end", cls: "tick-label y")
        }
        for c in 0..<cols {
            let x = rect.x + (Double(c) + 0.5) * cell
            svg.line(x, rect.bottom, x, rect.bottom + Layout.tickLength, stroke: Palette.ink, extra: [("class", "tick x")])
            let y = rect.bottom + Layout.tickLength + 4 + tick * 0.8
            if rotate {
                svg.text(shownNames[c], x: x + tick * 0.3, y: y, size: tick, anchor: "end", rotate: -45, cls: "tick-label x")
            } else {
                svg.text(shownNames[c], x: x, y: y, size: tick, anchor: "middle", cls: "tick-label x")
            }
        }
        svg.text("Predicted label", x: rect.x + rect.width / 2, y: plotBottom, size: Layout.labelSize, anchor: "middle", cls: "axis-label x")
        svg.text("True label", x: 14 + Layout.labelSize * 0.8, y: rect.y + rect.height / 2, size: Layout.labelSize,
                 anchor: "middle", rotate: -90, cls: "axis-label y")
        colorBar(&svg, bar: bar, axis: axis)
        let height = plotBottom + 14 + Frame.notes(&svg, notes, x: 14, y: plotBottom + 22, width: width)
        let alt = "\(subject): \(normalized ? "normalised " : "")confusion matrix of true against predicted labels for "
            + "\(classes) classes (\(Chart.list(names, noun: "class")))."
        let doc = svg.document(width: width, height: height, kind: "confusion", title: title, description: alt)
        return Figure(svg: doc, title: title, altText: alt)
    }

    /// The vertical `Blues` gradient with its ticks.
    private func colorBar(_ svg: inout SVGBuilder, bar: PlotRect, axis: AxisScale) {
        let t = SVGBuilder.idToken
        var stops = ""
        for (i, rgb) in Palette.blues.enumerated() {
            let offset = DecimalFormat.string(Double(i) / Double(Palette.blues.count - 1), decimals: 3, trimZeros: true)
            stops += "<stop offset=\"\(offset)\" stop-color=\"\(Palette.hex(rgb))\"/>"
        }
        svg.raw("<defs><linearGradient id=\"\(t)-cbar\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\(stops)</linearGradient></defs>")
        let c = svg.c
        svg.raw("<rect class=\"colorbar\" x=\"\(c(bar.x))\" y=\"\(c(bar.y))\" width=\"\(c(bar.width))\" height=\"\(c(bar.height))\" fill=\"url(#\(t)-cbar)\" stroke=\"\(Palette.ink)\" stroke-width=\"1\"/>")
        for (value, label) in zip(axis.ticks, axis.labels) {
            let y = axis.pixel(value)
            svg.line(bar.right, y, bar.right + Layout.tickLength, y, stroke: Palette.ink, extra: [("class", "tick colorbar")])
            svg.text(label, x: bar.right + Layout.tickLength + 4, y: y + Layout.tickSize * 0.35, size: Layout.tickSize,
                     cls: "tick-label colorbar")
        }
    }
}
