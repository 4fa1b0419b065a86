extension Diagnostic {
    /// Width of the line-number gutter.
    static let gutterWidth = 5

    /// Renders the summary, the source line with its number, a caret line and the hint.
    ///
    /// The caret is placed by characters, not bytes, so it lines up under
    /// non-ASCII text; tabs before the caret are copied so it also lines up there.
    public func rendered() -> String {
        var text = sourceLine
        if text.hasSuffix("\r") { text.removeLast() }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(0, Self.gutterWidth - number.count)) + number
        let blank = String(repeating: " ", count: max(Self.gutterWidth, number.count))
        var lines = [summary, "\(gutter) | \(text)", "\(blank) | \(caret(under: text))"]
        if let hint { lines.append("hint: \(hint)") }
        return lines.joined(separator: "\n")
    }

    /// The caret line: padding up to the location, then `^` and `~` over the span.
    func caret(under text: String) -> String {
        let bytes = Array(text.utf8)
        let offset = max(0, location.column - sourceLineColumn)
        let start = min(offset, bytes.count)
        let end = min(offset + length, bytes.count)
        let prefix = String(decoding: bytes[0..<start], as: UTF8.self)
        var padding = String(prefix.map { $0 == "\t" ? "\t" : " " })
        if offset > bytes.count {
            padding += String(repeating: " ", count: offset - bytes.count)
        }
        let spanned = end > start ? String(decoding: bytes[start..<end], as: UTF8.self).count : 0
        let width = max(1, spanned)
        return padding + "^" + String(repeating: "~", count: width - 1)
    }
}
