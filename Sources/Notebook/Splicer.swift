/// Writes output regions into a notebook's original bytes, touching nothing else.
///
/// Edits are line-range replacements of the original text (as in
/// swift-markdown's `Replacement`), never a re-rendering of the Markdown, so
/// everything outside regions is preserved byte for byte: BOM, line endings,
/// tabs, trailing spaces, a missing final newline.
///
/// The region written for a block, each line starting with the block's
/// `containerPrefix` (trailing spaces and tabs trimmed on blank lines) and
/// ending with the file's dominant line ending (in a file mixing endings, the one
/// that cannot fuse with a neighbouring lone `\r` or `\n` into a `\r\n`):
/// ```
/// (blank line, only when the region is new)
/// <!-- lab:output -->
/// (blank)
/// body lines…
/// (blank)
/// <!-- /lab:output -->
/// ```
/// When a region already exists, its two marker lines keep their own prefixes
/// byte for byte and the body takes the opening marker's prefix with list
/// markers turned into spaces, so a hand-written region stays in the container
/// its author put it in.
public enum Splicer {
    /// The file with each given block's output region replaced by `bodies[blockIndex]`.
    ///
    /// A block without a region gets a new one inserted after its closing fence,
    /// preceded by a blank line. Blocks not in `bodies` keep their region
    /// untouched; indices that name no block are ignored. A body is Markdown
    /// lines joined by `"\n"`, without markers; its leading and trailing blank
    /// lines are dropped (the region adds its own), a `\r` before each `\n` is
    /// dropped, and a body line that would read as a region marker gets its `<`
    /// escaped as `&lt;` so the next parse still finds the region's end.
    /// When the file does not end with a line ending, neither does the result.
    ///
    /// Idempotent: splicing the result again with the same bodies returns it unchanged.
    /// - Complexity: O(n + total body size).
    ///
    /// Blocks whose index is in `hiding` (```` ```lab hide ````) lose their source:
    /// the lines from the opening to the closing fence are left out, and their output
    /// is written without region markers (a region must follow a block), so only the
    /// output shows. For rendered copies, never for `--in-place`.
    ///
    /// `values` gives the text of inline values by index (``InlineValue``): a rendered
    /// copy shows the value in place of the code span; with `keepExpressions`
    /// (`--in-place`) the span stays and the value follows it between markers.
    public static func splice(
        _ notebook: ParsedNotebook, bodies: [Int: String], hiding: Set<Int> = [],
        values: [Int: String] = [:], keepExpressions: Bool = false
    ) -> [UInt8] {
        let lines = notebook.lines
        var edits: [ByteEdit] = []
        for block in notebook.blocks {
            let hidden = hiding.contains(block.index)
            if hidden {
                let opening = lines.lines[block.openingFenceLine - 1]
                let closing = lines.lines[block.closingFenceLine - 1]
                edits.append(ByteEdit(range: opening.contentStart..<closing.end, bytes: []))
            }
            guard let body = bodies[block.index] else { continue }
            if let region = block.region {
                let first = lines.lines[region.openingLine - 1]
                let last = lines.lines[region.closingLine - 1]
                let openingPrefix = markerPrefix(lines.content(region.openingLine))
                var regionLines = self.regionLines(
                    body: body, openingPrefix: openingPrefix,
                    bodyPrefix: NotebookParser.containerPrefix(ArraySlice(openingPrefix.utf8)),
                    closingPrefix: markerPrefix(lines.content(region.closingLine)))
                if hidden { regionLines = Array(regionLines.dropFirst(2).dropLast(2)) }
                // As when the region was inserted: no ending fuses with the line before or the byte after.
                let before = region.openingLine > 1 ? lines.ending(after: lines.lines[region.openingLine - 2], preferring: notebook.lineEnding)
                                                    : notebook.lineEnding
                let own = lines.ending(before: last.end, preferring: before).bytes
                edits.append(ByteEdit(range: first.contentStart..<last.end,
                                      bytes: joined(regionLines, ending: own, terminateLast: last.isTerminated)))
            } else {
                let fence = lines.lines[block.closingFenceLine - 1]
                let prefix = block.containerPrefix
                var regionLines = self.regionLines(body: body, openingPrefix: prefix, bodyPrefix: prefix, closingPrefix: prefix)
                if hidden { regionLines = Array(regionLines.dropFirst(2).dropLast(2)) }
                let own = lines.ending(before: fence.end, preferring: lines.ending(after: fence, preferring: notebook.lineEnding)).bytes
                var inserted = fence.isTerminated || hidden ? [] : own
                inserted += joined((hidden ? [] : [blankLine(prefix: prefix)]) + regionLines, ending: own, terminateLast: fence.isTerminated)
                edits.append(ByteEdit(range: fence.end..<fence.end, bytes: inserted))
            }
        }
        for value in notebook.inlineValues {
            guard let text = values[value.index], value.line - 1 < lines.lines.count else { continue }
            let start = lines.lines[value.line - 1].contentStart + value.column - 1
            let spanEnd = start + value.spanLength
            let end = spanEnd + value.valueLength
            let replacement = keepExpressions ? InlineValue.openingMarker + text + InlineValue.closingMarker : text
            edits.append(ByteEdit(range: (keepExpressions ? spanEnd : start)..<end, bytes: Array(replacement.utf8)))
        }
        return ByteEdit.apply(edits, to: notebook.bytes)
    }

    /// The file with every output region removed, with the blank line before it.
    ///
    /// Removes each region's lines and, when the line just before the opening
    /// marker is blank (after the block's closing fence), that line too; a region
    /// ending the file without a final line ending also takes the line ending
    /// before it. So `strippingRegions(parse(splice(x)))` equals `strippingRegions(x)`:
    /// use it to compare a notebook's source with its rendered copy.
    public static func strippingRegions(_ notebook: ParsedNotebook) -> [UInt8] {
        let lines = notebook.lines
        var edits: [ByteEdit] = []
        for block in notebook.blocks {
            guard let region = block.region else { continue }
            var firstLine = region.openingLine
            if firstLine - 1 > block.closingFenceLine, lines.isBlankInContainer(firstLine - 1) { firstLine -= 1 }
            let last = lines.lines[region.closingLine - 1]
            var start = lines.lines[firstLine - 1].contentStart
            if !last.isTerminated, firstLine > 1 { start = lines.lines[firstLine - 2].contentEnd }
            edits.append(ByteEdit(range: start..<last.end, bytes: []))
        }
        return ByteEdit.apply(edits, to: notebook.bytes)
    }
}

/// A replacement of a byte range of the original file.
struct ByteEdit: Sendable {
    /// The replaced range of the original bytes.
    let range: Range<Int>
    /// The replacement.
    let bytes: [UInt8]

    /// Applies non-overlapping edits (any order) to `original`.
    static func apply(_ edits: [ByteEdit], to original: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(original.count + edits.reduce(0) { $0 + $1.bytes.count })
        var cursor = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where edit.range.lowerBound >= cursor {
            result += original[cursor..<edit.range.lowerBound]
            result += edit.bytes
            cursor = edit.range.upperBound
        }
        result += original[cursor...]
        return result
    }
}
