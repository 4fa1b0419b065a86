import Foundation

/// Accumulates SVG elements with ordered attributes and writes the document.
///
/// Element ids (title, description, clip path) are derived from an FNV-1a hash
/// of the finished document, so figures inlined together in one HTML page do
/// not collide and the bytes stay deterministic.
struct SVGBuilder {
    /// Stands for the document id until ``document(width:height:kind:title:description:)``.
    static let idToken = "\u{1}"
    private(set) var parts: [String] = []

    /// Appends `<name attrs/>` (or with `content` escaped as text).
    mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
        var tag = "<" + name
        for (key, value) in attributes { tag += " \(key)=\"\(XMLEscape.escape(value))\"" }
        if let text { tag += ">" + XMLEscape.escape(text) + "</\(name)>" } else { tag += "/>" }
        parts.append(tag)
    }

    /// Opens a `<g>` group; close it with ``close()``.
    mutating func open(_ attributes: [(String, String)]) {
        var tag = "<g"
        for (key, value) in attributes { tag += " \(key)=\"\(XMLEscape.escape(value))\"" }
        parts.append(tag + ">")
    }

    /// Closes the innermost group.
    mutating func close() { parts.append("</g>") }

    /// Appends pre-built markup containing ``idToken`` placeholders.
    mutating func raw(_ markup: String) { parts.append(markup) }

    /// A line segment.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double,
                       stroke: String, width: Double = 1, extra: [(String, String)] = []) {
        element("line", [("x1", c(x1)), ("y1", c(y1)), ("x2", c(x2)), ("y2", c(y2)),
                         ("stroke", stroke), ("stroke-width", c(width))] + extra)
    }

    /// A rectangle.
    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double,
                       fill: String, extra: [(String, String)] = []) {
        element("rect", [("x", c(x)), ("y", c(y)), ("width", c(Swift.max(0, w))),
                         ("height", c(Swift.max(0, h))), ("fill", fill)] + extra)
    }

    /// A text label; `y` is the baseline. `rotate` turns it about (x, y), in degrees.
    mutating func text(_ content: String, x: Double, y: Double, size: Double,
                       anchor: String = "start", bold: Bool = false, fill: String = Palette.ink,
                       rotate: Double? = nil, cls: String? = nil) {
        var attributes: [(String, String)] = []
        if let cls { attributes.append(("class", cls)) }
        attributes += [("x", c(x)), ("y", c(y)), ("font-size", c(size))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if bold { attributes.append(("font-weight", "bold")) }
        attributes.append(("fill", fill))
        if let rotate { attributes.append(("transform", "rotate(\(c(rotate)) \(c(x)) \(c(y)))")) }
        element("text", attributes, text: content)
    }

    /// Shorthand for ``DecimalFormat/coordinate(_:)``.
    func c(_ value: Double) -> String { DecimalFormat.coordinate(value) }

    /// The finished `<svg>` document with accessibility metadata.
    func document(width: Double, height: Double, kind: String, title: String, description: String) -> String {
        let w = c(width), h = c(height), t = SVGBuilder.idToken
        var head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\""
        head += " viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-labelledby=\"\(t)-title \(t)-desc\""
        head += " data-chart=\"\(XMLEscape.escape(kind))\""
        head += " font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n"
        head += "<title id=\"\(t)-title\">\(XMLEscape.escape(title))</title>\n"
        head += "<desc id=\"\(t)-desc\">\(XMLEscape.escape(description))</desc>\n"
        head += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#FFFFFF\"/>\n"
        let body = parts.joined(separator: "\n")
        let draft = head + body + "\n</svg>\n"
        let id = "lab" + SVGBuilder.hexHash(draft)
        return draft.replacingOccurrences(of: t, with: id)
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 lowercase hex digits.
    static func hexHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = Array("0123456789abcdef")
        var out = ""
        for shift in stride(from: 60, through: 0, by: -4) {
            out.append(digits[Int((hash >> UInt64(shift)) & 0xF)])
        }
        return out
    }
}
