/// Layout and drawing of ``XYChart``.
extension XYChart {
    typealias Point = PathSimplifier.Point

    /// Pixel geometry of one layout pass.
    private struct Geometry {
        var rect: PlotRect
        var x: AxisScale
        var y: AxisScale
        /// Per series: simplified pixel polylines (runs).
        var lines: [[[Point]]]
        /// Per series: marker positions (empty when markers are off).
        var markers: [[Point]]
        /// Pixel points covered by data and guides, for legend placement.
        var samples: [(Double, Double)]
    }

    /// Lays the chart out and writes the SVG.
    func render(altText: String) -> Figure {
        var notes = self.notes
        var cleaned: [[[(Double, Double)]]] = []
        for (i, s) in series.enumerated() {
            let (runs, dropped) = XYChart.runs(of: s)
            cleaned.append(runs)
            if dropped > 0 {
                let name = s.label.isEmpty ? "series \(i + 1)" : s.label
                notes.append("\(name): \(dropped) point\(dropped == 1 ? "" : "s") with NaN or infinite values not drawn.")
            }
        }
        let hasData = cleaned.contains { !$0.isEmpty }
        var xs = cleaned.flatMap { $0.flatMap { $0.map(\.0) } }
        var ys = cleaned.flatMap { $0.flatMap { $0.map(\.1) } }
        for guide in guides {
            switch guide.shape {
            case let .segment(x1, y1, x2, y2): xs += [x1, x2].filter(\.isFinite); ys += [y1, y2].filter(\.isFinite)
            case let .horizontal(y): if y.isFinite { ys.append(y) }
            case let .vertical(x): if x.isFinite { xs.append(x) }
            }
        }
        let top = title.isEmpty ? 20 : Layout.topWithTitle
        let plotHeight = height - top - Layout.bottom
        let yProbe = AxisScale.vertical(dataMin: ys.min() ?? 0, dataMax: ys.max() ?? 1, fixed: yFixed,
                                        pad: yFixed == nil ? 0.05 : 0.02, integer: false, pixels: plotHeight)
        let left = 14 + Layout.labelSize + 8 + yProbe.widestLabel(size: Layout.tickSize) + Layout.tickLength + 4
        let legend = Legend(entries: legendEntries(), maxTextWidth: 0.5 * (width - left - 20))

        func layout(right: Double) -> Geometry {
            let rect = PlotRect(x: left, y: top, width: width - left - right, height: plotHeight)
            var x = AxisScale.horizontal(dataMin: xs.min() ?? 0, dataMax: xs.max() ?? 1, fixed: xFixed,
                                         pad: xFixed == nil ? 0.05 : 0.02, integer: integerX,
                                         pixels: rect.width, size: Layout.tickSize)
            var y = yProbe
            x.pixelStart = rect.x; x.pixelEnd = rect.right
            y.pixelStart = rect.bottom; y.pixelEnd = rect.y
            return geometry(rect: rect, x: x, y: y, cleaned: cleaned)
        }
        var g = layout(right: 20)
        var legendOrigin: (Double, Double)?
        if !legend.isEmpty {
            let best = legend.emptiestCorner(legendCorners, in: g.rect, samples: g.samples)
            if best.covered == 0 {
                let b = legend.box(at: best.corner, in: g.rect)
                legendOrigin = (b.x, b.y)
            } else {
                g = layout(right: legend.size.width + 24)
                legendOrigin = (g.rect.right + 12, g.rect.y)
            }
        }
        var svg = SVGBuilder()
        Frame.title(&svg, title, width: width)
        Frame.yAxis(&svg, g.y, rect: g.rect)
        Frame.xAxis(&svg, g.x, rect: g.rect)
        drawData(&svg, g)
        Frame.box(&svg, rect: g.rect, xLabel: xLabel, yLabel: yLabel, yLabelX: 14 + Layout.labelSize * 0.8)
        if !hasData {
            let note = "No finite data to plot"
            let w = TextMetrics.width(note, size: Layout.labelSize) + 16
            svg.rect(g.rect.x + (g.rect.width - w) / 2, g.rect.y + g.rect.height / 2 - Layout.labelSize - 4, w,
                     Layout.labelSize + 12, fill: "#FFFFFF", extra: [("stroke", "#BBBBBB"), ("rx", "3")])
            svg.text(note, x: g.rect.x + g.rect.width / 2, y: g.rect.y + g.rect.height / 2,
                     size: Layout.labelSize, anchor: "middle", fill: "#8A3B00", cls: "note")
        }
        if let (lx, ly) = legendOrigin { legend.draw(&svg, x: lx, y: ly) }
        let notesHeight = Frame.notes(&svg, notes, x: 14, y: height + 8, width: width)
        let doc = svg.document(width: width, height: height + notesHeight, kind: kind, title: title, description: altText)
        return Figure(svg: doc, title: title, altText: altText)
    }

    /// Legend entries: labelled series, then labelled guides.
    private func legendEntries() -> [Legend.Entry] {
        var entries: [Legend.Entry] = []
        for (s, markers) in zip(series, series.map(markersOn)) where !s.label.isEmpty {
            entries.append(Legend.Entry(label: s.label, color: s.color, dash: nil,
                                        marker: markers ? s.marker : nil, lineless: s.style == .scatter))
        }
        for guide in guides where !guide.label.isEmpty {
            entries.append(Legend.Entry(label: guide.label, color: guide.color, dash: guide.dash, marker: nil))
        }
        return entries
    }

    /// Whether `s` is drawn with markers.
    private func markersOn(_ s: PlotSeries) -> Bool {
        if s.style == .scatter { return true }
        let finite = zip(s.x, s.y).filter { $0.0.isFinite && $0.1.isFinite }.count
        return s.showMarkers ?? (finite <= XYChart.markerLimit) || finite == 1
    }

    /// Maps data to pixels, simplifies lines, and collects legend samples.
    private func geometry(rect: PlotRect, x: AxisScale, y: AxisScale, cleaned: [[[(Double, Double)]]]) -> Geometry {
        var g = Geometry(rect: rect, x: x, y: y, lines: [], markers: [], samples: [])
        for (s, runs) in zip(series, cleaned) {
            let pixelRuns = runs.map { $0.map { (x: x.pixel($0.0), y: y.pixel($0.1)) } }
            if s.style == .scatter {
                let points = XYChart.dedupe(pixelRuns.flatMap { $0 }, grid: 0.5)
                g.lines.append([])
                g.markers.append(points)
                g.samples += points.map { ($0.x, $0.y) }
                continue
            }
            let simplified = pixelRuns.map { PathSimplifier.simplify($0, tolerance: 0.3) }
            g.lines.append(simplified)
            var markers: [Point] = []
            if markersOn(s) {
                markers = zip(s.x, s.y).filter { $0.0.isFinite && $0.1.isFinite }
                    .map { (x: x.pixel($0.0), y: y.pixel($0.1)) }
            }
            g.markers.append(markers)
            for run in simplified { g.samples += XYChart.densify(run) }
            g.samples += markers.map { ($0.x, $0.y) }
        }
        for guide in guides {
            g.samples += XYChart.densify(guidePixels(guide, rect: rect, x: x, y: y))
        }
        return g
    }

    /// The two pixel end points of a guide line (empty when not finite).
    private func guidePixels(_ guide: GuideLine, rect: PlotRect, x: AxisScale, y: AxisScale) -> [Point] {
        switch guide.shape {
        case let .segment(x1, y1, x2, y2):
            guard [x1, y1, x2, y2].allSatisfy(\.isFinite) else { return [] }
            return [(x.pixel(x1), y.pixel(y1)), (x.pixel(x2), y.pixel(y2))]
        case let .horizontal(value):
            return value.isFinite ? [(rect.x, y.pixel(value)), (rect.right, y.pixel(value))] : []
        case let .vertical(value):
            return value.isFinite ? [(x.pixel(value), rect.y), (x.pixel(value), rect.bottom)] : []
        }
    }

    /// Guides, series paths and markers, clipped to the plot area.
    private func drawData(_ svg: inout SVGBuilder, _ g: Geometry) {
        let t = SVGBuilder.idToken, c = svg.c
        let r = g.rect
        svg.raw("<clipPath id=\"\(t)-clip\"><rect x=\"\(c(r.x - 4))\" y=\"\(c(r.y - 4))\" width=\"\(c(r.width + 8))\" height=\"\(c(r.height + 8))\"/></clipPath>")
        svg.raw("<g clip-path=\"url(#\(t)-clip)\">")
        for guide in guides {
            let p = guidePixels(guide, rect: r, x: g.x, y: g.y)
            guard p.count == 2 else { continue }
            svg.line(p[0].x, p[0].y, p[1].x, p[1].y, stroke: guide.color, width: 1.5,
                     extra: [("stroke-dasharray", guide.dash), ("class", "guide"), ("data-label", guide.label)])
        }
        for (i, s) in series.enumerated() {
            if s.style == .scatter {
                let d = g.markers[i].map { s.marker.path($0.x, $0.y, r: 3) }.joined()
                svg.element("path", [("class", "series"), ("data-label", s.label), ("d", d)]
                            + s.marker.paint(s.color) + [("fill-opacity", "0.75")])
                continue
            }
            let d = g.lines[i].map { run in
                run.enumerated().map { ($0.offset == 0 ? "M" : "L") + c($0.element.x) + " " + c($0.element.y) }.joined()
            }.joined()
            svg.element("path", [("class", "series"), ("data-label", s.label), ("d", d), ("fill", "none"),
                                 ("stroke", s.color), ("stroke-width", "2"), ("stroke-linejoin", "round")])
            if !g.markers[i].isEmpty {
                let m = g.markers[i].map { s.marker.path($0.x, $0.y, r: 3.5) }.joined()
                svg.element("path", [("class", "markers"), ("d", m)] + s.marker.paint(s.color))
            }
        }
        svg.raw("</g>")
    }
}
