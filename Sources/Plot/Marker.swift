/// Point markers, drawn as one compact `<path>` per series.
enum Marker: CaseIterable {
    case circle, cross, square, triangle, diamond, plus

    /// The marker for series `index` (cycles), so series differ by shape as
    /// well as colour.
    static func forSeries(_ index: Int) -> Marker { allCases[index % allCases.count] }

    /// Whether the shape is stroked (cross, plus) rather than filled.
    var isStroked: Bool { self == .cross || self == .plus }

    /// Path data for one marker centred on (x, y) with radius `r`.
    func path(_ x: Double, _ y: Double, r: Double) -> String {
        let c = DecimalFormat.coordinate
        switch self {
        case .circle:
            return "M\(c(x - r)) \(c(y))a\(c(r)) \(c(r)) 0 1 0 \(c(2 * r)) 0a\(c(r)) \(c(r)) 0 1 0 \(c(-2 * r)) 0Z"
        case .cross:
            return "M\(c(x - r)) \(c(y - r))L\(c(x + r)) \(c(y + r))M\(c(x - r)) \(c(y + r))L\(c(x + r)) \(c(y - r))"
        case .plus:
            return "M\(c(x - r)) \(c(y))L\(c(x + r)) \(c(y))M\(c(x)) \(c(y - r))L\(c(x)) \(c(y + r))"
        case .square:
            let s = r * 0.9
            return "M\(c(x - s)) \(c(y - s))H\(c(x + s))V\(c(y + s))H\(c(x - s))Z"
        case .triangle:
            return "M\(c(x)) \(c(y - r))L\(c(x + r)) \(c(y + r * 0.8))L\(c(x - r)) \(c(y + r * 0.8))Z"
        case .diamond:
            return "M\(c(x)) \(c(y - r))L\(c(x + r)) \(c(y))L\(c(x)) \(c(y + r))L\(c(x - r)) \(c(y))Z"
        }
    }

    /// Paint attributes for a marker path in `color`.
    func paint(_ color: String) -> [(String, String)] {
        isStroked ? [("fill", "none"), ("stroke", color), ("stroke-width", "1.6")]
                  : [("fill", color), ("stroke", "#FFFFFF"), ("stroke-width", "0.8")]
    }
}
