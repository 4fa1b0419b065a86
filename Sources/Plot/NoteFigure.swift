/// A figure with only a title and a centred note, for input that has nothing
/// to draw (empty matrix, no images, wrong pixel count).
enum NoteFigure {
    static func render(kind: String, title: String, note: String, altText: String) -> Figure {
        let width = Swift.max(400, TextMetrics.width(note, size: Layout.labelSize) + 40,
                              TextMetrics.width(title, size: Layout.titleSize, bold: true) + 32)
        let height = 120.0
        var svg = SVGBuilder()
        Frame.title(&svg, title, width: width)
        svg.text(note, x: width / 2, y: 80, size: Layout.labelSize, anchor: "middle", fill: "#8A3B00", cls: "note")
        let doc = svg.document(width: width, height: height, kind: kind, title: title, description: altText)
        return Figure(svg: doc, title: title, altText: altText)
    }
}
