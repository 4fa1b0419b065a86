/// A rectangle in pixel coordinates (y grows downwards, as in SVG).
struct PlotRect {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var right: Double { x + width }
    var bottom: Double { y + height }

    /// Whether (px, py) lies inside, allowing `margin` px of slack.
    func contains(_ px: Double, _ py: Double, margin: Double = 0) -> Bool {
        px >= x - margin && px <= right + margin && py >= y - margin && py <= bottom + margin
    }
}

/// Font sizes and fixed distances shared by every chart (px).
enum Layout {
    static let titleSize = 16.0
    static let labelSize = 13.0
    static let tickSize = 12.0
    static let legendSize = 12.0
    static let noteSize = 11.0
    static let tickLength = 5.0
    /// Space above the plot area when a title is drawn.
    static let topWithTitle = 44.0
    /// Space below the plot area: tick labels and the x label.
    static let bottom = 54.0
    /// Height of one note line under the chart.
    static let noteLine = 16.0
}
