extension Splicer {
    /// The region's lines, without line endings: markers, blank separators and the body.
    ///
    /// Body and blank lines start with `bodyPrefix` (trimmed on blank lines); the
    /// markers with their own prefixes.
    static func regionLines(body: String, openingPrefix: String, bodyPrefix: String, closingPrefix: String) -> [String] {
        var bodyLines = Array(body.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> String in
            let text = line.last == 0x0D ? line.dropLast() : line
            return escapingMarker(String(decoding: text, as: UTF8.self))
        }
        while let first = bodyLines.first, isBlank(first) { bodyLines.removeFirst() }
        while let last = bodyLines.last, isBlank(last) { bodyLines.removeLast() }
        let inner = bodyLines.isEmpty ? [""] : [""] + bodyLines + [""]
        return [openingPrefix + NotebookParser.openingMarker]
            + inner.map { isBlank($0) ? blankLine(prefix: bodyPrefix) : bodyPrefix + $0 }
            + [closingPrefix + NotebookParser.closingMarker]
    }

    /// The bytes before a marker line's `<`, verbatim.
    static func markerPrefix(_ line: ArraySlice<UInt8>) -> String {
        String(decoding: line.prefix { $0 != 0x3C }, as: UTF8.self)
    }

    /// A blank line inside the container: the prefix with trailing spaces and tabs trimmed.
    static func blankLine(prefix: String) -> String {
        var line = prefix
        while let last = line.last, last == " " || last == "\t" { line.removeLast() }
        return line
    }

    /// `lines` joined, each followed by `ending` except the last when `terminateLast` is false.
    static func joined(_ lines: [String], ending: [UInt8], terminateLast: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for (offset, line) in lines.enumerated() {
            bytes += Array(line.utf8)
            if terminateLast || offset < lines.count - 1 { bytes += ending }
        }
        return bytes
    }

    /// A body line that would parse as a region marker, with the marker's `<` escaped.
    ///
    /// Any line ending in a marker counts, whatever precedes it (`> `, `- `), since
    /// container markers can precede an HTML block.
    static func escapingMarker(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count >= 7 else { return line }
        for start in 0...(bytes.count - 4) where bytes[start] == 0x3C && bytes[start + 1] == 0x21
            && bytes[start + 2] == 0x2D && bytes[start + 3] == 0x2D {
            guard NotebookParser.markerKind(String(decoding: bytes[start...], as: UTF8.self)) != nil else { continue }
            return String(decoding: bytes[..<start] + Array("&lt;".utf8) + bytes[(start + 1)...], as: UTF8.self)
        }
        return line
    }

    private static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
