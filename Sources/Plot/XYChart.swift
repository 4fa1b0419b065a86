/// How a data series is drawn on an x–y chart.
enum SeriesStyle {
    /// Straight segments between consecutive points.
    case line
    /// Horizontal then vertical (matplotlib `drawstyle="steps-post"`).
    case stepsPost
    /// Unconnected points.
    case scatter
}

/// A series with its appearance, in data coordinates.
struct PlotSeries {
    var label: String
    var x: [Double]
    var y: [Double]
    var style: SeriesStyle
    var color: String
    /// Marker shape; drawn when `showMarkers` is true or the series is short.
    var marker: Marker
    /// `nil`: markers only when the series has at most ``XYChart/markerLimit`` points.
    var showMarkers: Bool?

    init(_ series: Series, index: Int, style: SeriesStyle, showMarkers: Bool? = nil) {
        label = series.label
        x = Array(series.x.prefix(series.count))
        y = Array(series.y.prefix(series.count))
        self.style = style
        color = Palette.color(index)
        marker = Marker.forSeries(index)
        self.showMarkers = showMarkers
    }
}

/// A reference line in data coordinates (chance level, baseline, threshold).
struct GuideLine {
    enum Shape {
        case segment(x1: Double, y1: Double, x2: Double, y2: Double)
        case horizontal(y: Double)
        case vertical(x: Double)
    }
    var shape: Shape
    /// Legend text; empty hides the entry.
    var label: String
    var color: String = Palette.guide
    var dash: String = "6 4"
}

/// A complete x–y chart description; ``render(altText:)`` lays it out.
struct XYChart {
    static let markerLimit = 40

    var kind: String
    var title: String
    var xLabel: String
    var yLabel: String
    var series: [PlotSeries]
    var guides: [GuideLine] = []
    /// Fixed data range for x (ticks stay inside; 2 % padding); `nil`: from the data.
    var xFixed: ClosedRange<Double>?
    var yFixed: ClosedRange<Double>?
    /// Integer-only x ticks (epochs).
    var integerX = false
    /// Legend corners to try, best first; ties in overlap go to the earlier one.
    var legendCorners: [Corner] = [.upperRight, .upperLeft, .lowerRight, .lowerLeft]
    var width = 640.0
    var height = 480.0
    /// Notes the caller adds (the renderer adds its own for dropped points).
    var notes: [String] = []

    /// Finite points of `s`, as runs split where a non-finite point was, and
    /// the number of points dropped. `stepsPost` runs are expanded to steps.
    static func runs(of s: PlotSeries) -> (runs: [[(Double, Double)]], dropped: Int) {
        var runs: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        var dropped = 0
        for (x, y) in zip(s.x, s.y) {
            if x.isFinite && y.isFinite {
                current.append((x, y))
            } else {
                dropped += 1
                if !current.isEmpty { runs.append(current); current = [] }
            }
        }
        if !current.isEmpty { runs.append(current) }
        guard s.style == .stepsPost else { return (runs, dropped) }
        let stepped = runs.map { run -> [(Double, Double)] in
            var out: [(Double, Double)] = []
            for i in run.indices {
                out.append(run[i])
                if i + 1 < run.count { out.append((run[i + 1].0, run[i].1)) }
            }
            return out
        }
        return (stepped, dropped)
    }

    /// Points every 3 px along a polyline (for overlap tests).
    static func densify(_ run: [Point]) -> [(Double, Double)] {
        guard let first = run.first else { return [] }
        var out = [(first.x, first.y)]
        for (a, b) in zip(run, run.dropFirst()) {
            let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            let steps = (length / 3).rounded(.up).clampedInt(1...2000)
            for k in 1...steps {
                let t = Double(k) / Double(steps)
                out.append((a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
            }
        }
        return out
    }

    /// Keeps the first point in each `grid`-px cell, in input order.
    static func dedupe(_ points: [Point], grid: Double) -> [Point] {
        var seen = Set<[Int]>()
        return points.filter { seen.insert([($0.x / grid).rounded().clampedInt(Int.min...Int.max), ($0.y / grid).rounded().clampedInt(Int.min...Int.max)]).inserted }
    }
}
