/// Greyscale images (the 8 × 8 digits).
extension Chart {
    /// One image drawn with matplotlib's `gray_r`: the smallest value white,
    /// the largest black (`imshow` auto-scaling), each pixel a square.
    ///
    /// - Parameter pixels: `width × height` values, row by row, top row first.
    public static func image(pixels: [Double], width: Int, height: Int, title: String) -> Figure {
        let subject = Chart.subject(title, fallback: "Image")
        guard width > 0, height > 0, pixels.count == width * height else {
            return NoteFigure.render(kind: "image", title: title,
                                     note: "Cannot draw: expected \(Swift.max(0, width) * Swift.max(0, height)) pixels (\(width) × \(height)), got \(pixels.count).",
                                     altText: "\(subject): image could not be drawn.")
        }
        let scale = Swift.max(2, Swift.min(32, (256 / Double(Swift.max(width, height))).rounded(.down)))
        let w = scale * Double(width), h = scale * Double(height)
        let figureWidth = Swift.max(w + 48, TextMetrics.width(title, size: Layout.titleSize, bold: true) + 32)
        let top = title.isEmpty ? 20.0 : Layout.topWithTitle
        var notes: [String] = []
        var svg = SVGBuilder()
        Frame.title(&svg, title, width: figureWidth)
        let missing = ImagePainter.draw(&svg, pixels: pixels, width: width, height: height,
                                        x: ((figureWidth - w) / 2).rounded(), y: top, scale: scale, label: title)
        if missing > 0 { notes.append("\(missing) pixel(s) are NaN or infinite and left blank.") }
        let figureHeight = top + h + 20 + Frame.notes(&svg, notes, x: 14, y: top + h + 20, width: figureWidth)
        let alt = "\(subject): \(width) × \(height) greyscale image."
        let doc = svg.document(width: figureWidth, height: figureHeight, kind: "image", title: title, description: alt)
        return Figure(svg: doc, title: title, altText: alt)
    }

    /// Several images of the same size in a grid, each captioned with its label
    /// (e.g. `"pred 3 / true 5"`). Images are scaled like ``image(pixels:width:height:title:)``.
    public static func imageGrid(_ images: [(pixels: [Double], label: String)], width: Int, height: Int,
                                 columns: Int, title: String) -> Figure {
        let subject = Chart.subject(title, fallback: "Images")
        guard width > 0, height > 0, !images.isEmpty else {
            return NoteFigure.render(kind: "image-grid", title: title, note: "No images to draw.",
                                     altText: "\(subject): no images.")
        }
        let cols = Swift.max(1, Swift.min(columns, images.count))
        let rows = (images.count + cols - 1) / cols
        let scale = Swift.max(1, Swift.min(12, (96 / Double(Swift.max(width, height))).rounded(.down)))
        let w = scale * Double(width), h = scale * Double(height)
        let gap = 16.0, caption = 20.0
        let cellWidth = Swift.max(w, 64) + gap
        let gridWidth = cellWidth * Double(cols) - gap
        let figureWidth = Swift.max(gridWidth + 32, TextMetrics.width(title, size: Layout.titleSize, bold: true) + 32)
        let top = title.isEmpty ? 16.0 : Layout.topWithTitle
        var svg = SVGBuilder()
        Frame.title(&svg, title, width: figureWidth)
        var bad = 0, missing = 0
        let x0 = ((figureWidth - gridWidth) / 2).rounded()
        for (i, image) in images.enumerated() {
            let cx = x0 + cellWidth * Double(i % cols) + (cellWidth - gap) / 2
            let y = top + Double(i / cols) * (h + caption + 10)
            if image.pixels.count == width * height {
                missing += ImagePainter.draw(&svg, pixels: image.pixels, width: width, height: height,
                                             x: (cx - w / 2).rounded(), y: y, scale: scale, label: image.label)
            } else {
                bad += 1
                svg.rect((cx - w / 2).rounded(), y, w, h, fill: "#F2F2F2", extra: [("class", "image-missing"), ("stroke", "#BBBBBB")])
            }
            let text = TextMetrics.fit(image.label, size: Layout.tickSize, maxWidth: cellWidth - 4)
            svg.text(text, x: cx, y: y + h + 15, size: Layout.tickSize, anchor: "middle", cls: "caption")
        }
        var notes: [String] = []
        if bad > 0 { notes.append("\(bad) image(s) do not have \(width * height) pixels and are shown empty.") }
        if missing > 0 { notes.append("\(missing) pixel(s) are NaN or infinite and left blank.") }
        let gridBottom = top + Double(rows) * (h + caption + 10)
        let figureHeight = gridBottom + 6 + Frame.notes(&svg, notes, x: 14, y: gridBottom + 8, width: figureWidth)
        let alt = "\(subject): \(images.count) greyscale images in a grid of \(rows) × \(cols), labelled "
            + Chart.list(images.map(\.label), noun: "image") + "."
        let doc = svg.document(width: figureWidth, height: figureHeight, kind: "image-grid", title: title, description: alt)
        return Figure(svg: doc, title: title, altText: alt)
    }
}

/// Draws one greyscale image as pixel squares.
enum ImagePainter {
    /// Draws `pixels` at (x, y) with `scale` px per pixel; returns the number
    /// of non-finite pixels (left blank).
    static func draw(_ svg: inout SVGBuilder, pixels: [Double], width: Int, height: Int,
                     x: Double, y: Double, scale: Double, label: String) -> Int {
        let finite = pixels.filter(\.isFinite)
        let lo = finite.min() ?? 0, hi = finite.max() ?? 0
        var missing = 0
        svg.open([("class", "image"), ("data-label", label), ("data-width", String(width)),
                  ("data-height", String(height)), ("shape-rendering", "crispEdges")])
        svg.rect(x, y, scale * Double(width), scale * Double(height), fill: "#FFFFFF")
        for row in 0..<height {
            for col in 0..<width {
                let v = pixels[row * width + col]
                guard v.isFinite else { missing += 1; continue }
                let t = hi > lo ? (v - lo) / (hi - lo) : 0
                if t <= 0 { continue }
                svg.rect(x + Double(col) * scale, y + Double(row) * scale, scale, scale,
                         fill: Palette.hex(Palette.grayReversed(t)), extra: [("class", "pixel")])
            }
        }
        svg.rect(x, y, scale * Double(width), scale * Double(height), fill: "none",
                 extra: [("stroke", "#888888"), ("stroke-width", "1")])
        svg.close()
        return missing
    }
}
