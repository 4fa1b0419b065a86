/// A place inside the plot area where a legend may go (matplotlib's `loc` names).
enum Corner: CaseIterable {
    case upperRight, upperLeft, lowerRight, lowerLeft
    case centerRight, centerLeft, upperCenter, lowerCenter, center
}

/// A legend: entries, their measured box, and drawing.
struct Legend {
    struct Entry {
        var label: String
        var color: String
        var dash: String?
        var marker: Marker?
        /// Scatter series show only the marker.
        var lineless = false
    }

    static let row = 18.0
    static let swatch = 24.0
    static let padding = 8.0

    var entries: [Entry]
    /// Longest label allowed (px) before it is shortened with "…".
    var maxTextWidth: Double

    var isEmpty: Bool { entries.isEmpty }

    /// Labels as drawn (shortened to fit).
    var texts: [String] {
        entries.map { TextMetrics.fit($0.label, size: Layout.legendSize, maxWidth: maxTextWidth) }
    }

    /// Box width and height in px.
    var size: (width: Double, height: Double) {
        let text = texts.map { TextMetrics.width($0, size: Layout.legendSize) }.max() ?? 0
        return (Legend.padding * 2 + Legend.swatch + 6 + text, 6 + Double(entries.count) * Legend.row + 4)
    }

    /// The box at `corner` of `rect`, inset by 8 px.
    func box(at corner: Corner, in rect: PlotRect) -> PlotRect {
        let (w, h) = size
        let inset = 8.0
        switch corner {
        case .upperRight: return PlotRect(x: rect.right - inset - w, y: rect.y + inset, width: w, height: h)
        case .upperLeft: return PlotRect(x: rect.x + inset, y: rect.y + inset, width: w, height: h)
        case .lowerRight: return PlotRect(x: rect.right - inset - w, y: rect.bottom - inset - h, width: w, height: h)
        case .lowerLeft: return PlotRect(x: rect.x + inset, y: rect.bottom - inset - h, width: w, height: h)
        case .centerRight: return PlotRect(x: rect.right - inset - w, y: rect.y + (rect.height - h) / 2, width: w, height: h)
        case .centerLeft: return PlotRect(x: rect.x + inset, y: rect.y + (rect.height - h) / 2, width: w, height: h)
        case .upperCenter: return PlotRect(x: rect.x + (rect.width - w) / 2, y: rect.y + inset, width: w, height: h)
        case .lowerCenter: return PlotRect(x: rect.x + (rect.width - w) / 2, y: rect.bottom - inset - h, width: w, height: h)
        case .center: return PlotRect(x: rect.x + (rect.width - w) / 2, y: rect.y + (rect.height - h) / 2, width: w, height: h)
        }
    }

    /// The place whose box covers the fewest `samples` (pixel points), with
    /// the count; `preferred` places are tried first, then the other corners,
    /// then the centres; ties go to the earlier place.
    func emptiestCorner(_ preferred: [Corner], in rect: PlotRect,
                        samples: [(Double, Double)]) -> (corner: Corner, covered: Int) {
        let order = preferred + Corner.allCases.filter { !preferred.contains($0) }
        var best = (corner: order[0], covered: Int.max)
        for corner in order {
            let b = box(at: corner, in: rect)
            let covered = samples.reduce(0) { $0 + (b.contains($1.0, $1.1, margin: 4) ? 1 : 0) }
            if covered < best.covered { best = (corner, covered) }
        }
        return best
    }

    /// Draws the legend with its top-left corner at (x, y).
    func draw(_ svg: inout SVGBuilder, x: Double, y: Double) {
        let (w, h) = size
        svg.open([("class", "legend")])
        svg.rect(x, y, w, h, fill: "#FFFFFF", extra: [("fill-opacity", "0.9"), ("stroke", "#BBBBBB"),
                                                       ("stroke-width", "1"), ("rx", "3")])
        for (i, (entry, text)) in zip(entries, texts).enumerated() {
            let cy = y + 6 + Legend.row * (Double(i) + 0.5)
            let x0 = x + Legend.padding
            svg.open([("class", "legend-entry"), ("data-label", entry.label)])
            if !entry.lineless {
                var extra: [(String, String)] = []
                if let dash = entry.dash { extra.append(("stroke-dasharray", dash)) }
                svg.line(x0, cy, x0 + Legend.swatch, cy, stroke: entry.color, width: 2, extra: extra)
            }
            if let marker = entry.marker {
                svg.element("path", [("d", marker.path(x0 + Legend.swatch / 2, cy, r: 3.5))] + marker.paint(entry.color))
            }
            svg.text(text, x: x0 + Legend.swatch + 6, y: cy + Layout.legendSize * 0.35, size: Layout.legendSize)
            svg.close()
        }
        svg.close()
    }
}
