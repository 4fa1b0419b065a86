/// One physical line of a notebook: byte offsets of its content and terminator.
///
/// `contentStart..<contentEnd` is the line without its terminator (for line 1,
/// without a UTF-8 BOM); `contentEnd..<end` is the terminator (`\n`, `\r\n`,
/// `\r`, or empty on a last line without one).
struct SourceLine: Sendable, Equatable {
    /// Offset of the first content byte.
    let contentStart: Int
    /// Offset just past the last content byte.
    let contentEnd: Int
    /// Offset just past the line terminator.
    let end: Int

    /// Whether the line has a terminator.
    var isTerminated: Bool { end > contentEnd }
}

/// The line table of a byte buffer, split the way cmark splits lines.
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (CommonMark's line endings), so
/// indices here agree with cmark's source positions. Line numbers are 1-based.
struct SourceLines: Sendable {
    /// The buffer the table describes.
    let bytes: [UInt8]
    /// The lines, in order; index 0 is line 1.
    let lines: [SourceLine]
    /// Length of the UTF-8 BOM at the start (0 or 3).
    let bomLength: Int

    /// Builds the line table of `bytes`. Complexity: O(n).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        bomLength = bom
        var lines: [SourceLine] = []
        var start = bom
        var index = bom
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                let terminatorLength = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                lines.append(SourceLine(contentStart: start, contentEnd: index, end: index + terminatorLength))
                index += terminatorLength
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(SourceLine(contentStart: start, contentEnd: bytes.count, end: bytes.count)) }
        self.lines = lines
    }

    /// Number of lines.
    var count: Int { lines.count }

    /// The content bytes of 1-based line `number` (empty when out of range).
    func content(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= lines.count else { return [] }
        let line = lines[number - 1]
        return bytes[line.contentStart..<line.contentEnd]
    }

    /// Whether line `number` holds only spaces, tabs and block-quote markers (`>`).
    ///
    /// Such a line carries no content inside any container: it is blank for the
    /// purpose of "only blank lines between a block and its output region".
    func isBlankInContainer(_ number: Int) -> Bool {
        content(number).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }
    }

    /// The file's dominant line ending: the most frequent terminator of the lines
    /// outside `regions` (and the blank line before each, which splicing writes too, so
    /// splicing never changes it); ties and files without any terminator give LF, then
    /// CRLF before CR.
    ///
    /// In a file mixing lone `\r` with `\n` endings a written ending could fuse with a
    /// neighbour into one `\r\n`; the splicer avoids that (``ending(after:preferring:)``).
    func dominantEnding(outside regions: [OutputRegion] = []) -> LineEnding {
        var skipped = Set<Int>()
        for region in regions {
            skipped.formUnion(region.openingLine...region.closingLine)
            if region.openingLine > 1, isBlankInContainer(region.openingLine - 1) { skipped.insert(region.openingLine - 1) }
        }
        var lf = 0
        var crlf = 0
        var cr = 0
        for (index, line) in lines.enumerated() where line.isTerminated && !skipped.contains(index + 1) {
            if line.end - line.contentEnd == 2 {
                crlf += 1
            } else if bytes[line.contentEnd] == 0x0A {
                lf += 1
            } else {
                cr += 1
            }
        }
        if crlf > lf && crlf >= cr { return .crlf }
        if cr > lf && cr > crlf { return .cr }
        return .lf
    }
}

extension SourceLines {
    /// The line ending for text written right after `line`: `preferred`, unless that is
    /// LF and `line` ends in a lone `\r`, which the `\n` would fuse with into one `\r\n`
    /// (a file mixing endings); then the `\r` of the line it follows.
    func ending(after line: SourceLine, preferring preferred: LineEnding) -> LineEnding {
        let loneCR = line.end - line.contentEnd == 1 && bytes[line.contentEnd] == 0x0D
        return loneCR && preferred == .lf ? .cr : preferred
    }

    /// The line ending for text that ends just before offset `end`: `preferred`, unless
    /// that is a lone `\r` and the original text goes on with a `\n`, which would fuse
    /// with it into one `\r\n` (a file mixing endings); then LF.
    func ending(before end: Int, preferring preferred: LineEnding) -> LineEnding {
        preferred == .cr && end < bytes.count && bytes[end] == 0x0A ? .lf : preferred
    }

    /// The content of line `number` decoded as UTF-8 (the parser validates the file first).
    func text(_ number: Int) -> String {
        String(decoding: content(number), as: UTF8.self)
    }
}
