/// A rendered chart: a standalone SVG document plus the text a Markdown
/// image link needs.
///
/// The SVG is deterministic: the same inputs give the same bytes on every
/// run and machine (fixed-decimal coordinates, no timestamps, no random ids).
public struct Figure: Sendable, Equatable {
    /// The complete SVG document (`<svg …>…</svg>`, UTF-8 text, no XML prolog).
    public let svg: String
    /// The chart title, as drawn at the top of the figure (unescaped).
    public let title: String
    /// One sentence describing the chart, for `![altText](file.svg)` (unescaped).
    public let altText: String

    /// Creates a figure from an already rendered SVG document.
    public init(svg: String, title: String, altText: String) {
        self.svg = svg
        self.title = title
        self.altText = altText
    }
}

/// One named sequence of (x, y) points: a curve, a loss history, a scatter cloud.
///
/// `x` and `y` are paired by index; extra values in the longer array are ignored.
/// Non-finite values (NaN, ±infinity) are allowed: charts drop those points and
/// say so in a visible note instead of drawing broken coordinates.
public struct Series: Sendable, Equatable {
    /// Legend text, e.g. `"tree (AUC = 0.91)"`. An empty label hides the legend entry.
    public let label: String
    /// Horizontal coordinates.
    public let x: [Double]
    /// Vertical coordinates.
    public let y: [Double]

    /// Creates a series from paired coordinates.
    public init(label: String, x: [Double], y: [Double]) {
        self.label = label
        self.x = x
        self.y = y
    }

    /// Creates a series whose x values are 1, 2, …, `y.count` (e.g. epochs).
    public init(label: String, y: [Double]) {
        self.label = label
        self.x = (0..<y.count).map { Double($0 + 1) }
        self.y = y
    }

    /// The number of (x, y) pairs: `min(x.count, y.count)`.
    public var count: Int { Swift.min(x.count, y.count) }
}
