extension Figure {
    /// The same chart shown at `width` × `height` pixels (`plot … width=800`).
    ///
    /// The drawing keeps its `viewBox`, so it scales as a whole; when only one of the
    /// two is given, the other follows the chart's aspect ratio. Returns the figure
    /// unchanged when neither is given or the document has no size to replace.
    public func resized(width: Double?, height: Double?) -> Figure {
        guard width != nil || height != nil,
              let tagEnd = svg.firstIndex(of: ">"),
              let oldWidth = Figure.attribute("width", in: svg[..<tagEnd]),
              let oldHeight = Figure.attribute("height", in: svg[..<tagEnd]),
              let w = Double(oldWidth), let h = Double(oldHeight), w > 0, h > 0 else { return self }
        let newWidth = width ?? (height.map { $0 * w / h } ?? w)
        let newHeight = height ?? (width.map { $0 * h / w } ?? h)
        let old = "width=\"\(oldWidth)\" height=\"\(oldHeight)\""
        let new = "width=\"\(DecimalFormat.coordinate(newWidth))\" height=\"\(DecimalFormat.coordinate(newHeight))\""
        guard let range = svg.range(of: old), range.upperBound <= tagEnd else { return self }
        return Figure(svg: svg.replacingCharacters(in: range, with: new), title: title, altText: altText)
    }

    /// The text of `name="…"` in an SVG start tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
