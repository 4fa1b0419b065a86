extension NotebookParser {
    /// Builds the lab block for a cmark code block: fence, closing line, code lines, prefix.
    ///
    /// cmark has no API for a fence's character or length, so they are read from
    /// the source line at the node's start. The block is closed when cmark's end
    /// line holds a matching closing fence and the literal has exactly the lines
    /// between the two fences.
    static func labBlock(from leaf: CMarkBlock, index: Int, lines: SourceLines, path: String) throws -> LabBlock {
        let opening = Array(lines.content(leaf.startLine))
        var fenceOffset = min(max(leaf.startColumn - 1, 0), opening.count)
        while fenceOffset < opening.count, opening[fenceOffset] != 0x60, opening[fenceOffset] != 0x7E { fenceOffset += 1 }
        let fenceChar = fenceOffset < opening.count ? opening[fenceOffset] : 0x60
        var fenceLength = 0
        while fenceOffset + fenceLength < opening.count, opening[fenceOffset + fenceLength] == fenceChar { fenceLength += 1 }
        fenceLength = max(fenceLength, 3)

        let literalLines = splitLiteral(leaf.literal)
        let closed = leaf.endLine > leaf.startLine
            && literalLines.count == leaf.endLine - leaf.startLine - 1
            && isClosingFence(Array(lines.content(leaf.endLine)), char: fenceChar, length: fenceLength)
        guard closed else {
            let fence = String(repeating: Character(Unicode.Scalar(fenceChar)), count: fenceLength)
            throw NotebookError(path: path, line: leaf.startLine, column: fenceOffset + 1,
                                message: "lab block opened at line \(leaf.startLine) is never closed; add a closing fence '\(fence)' after its last directive")
        }
        // cmark may close a fence from a line outside the block's list item or quote
        // (a fence at column 0 under an indented block); a region spliced after it with
        // the block's prefix would then land in another container. Ask for an aligned fence.
        let closingLine = Array(lines.content(leaf.endLine))
        if !closingFenceStaysInContainer(closingLine, openingPrefix: opening[..<fenceOffset]) {
            let fence = String(repeating: Character(Unicode.Scalar(fenceChar)), count: fenceLength)
            throw NotebookError(path: path, line: leaf.endLine, column: 1,
                                message: "the closing fence of the lab block opened at line \(leaf.startLine) lies outside the block's list item or quote; indent '\(fence)' like the opening fence")
        }
        let code = literalLines.enumerated().map { offset, literal in
            codeLine(literal: literal, line: leaf.startLine + 1 + offset, lines: lines)
        }
        return LabBlock(index: index, infoString: leaf.fenceInfo, openingFenceLine: leaf.startLine,
                        openingFenceColumn: fenceOffset + 1, closingFenceLine: leaf.endLine, code: code,
                        containerPrefix: containerPrefix(opening[..<fenceOffset]), region: nil)
    }

    /// Whether a closing fence line keeps the opening fence's container: the same
    /// number of `>` markers, each at least as far right as the opening line's (so no
    /// marker slips out of a list item that holds the quote), and at least the opening
    /// prefix's indent (tabs count to the next multiple of 4). CommonMark allows a closing
    /// fence up to three columns left of the opening one, but in a list item that can put
    /// it outside the item, where cmark still closes the block; aligned fences are never ambiguous.
    static func closingFenceStaysInContainer(_ closing: [UInt8], openingPrefix: ArraySlice<UInt8>) -> Bool {
        func measure<C: Collection>(_ bytes: C) -> (quoteColumns: [Int], width: Int) where C.Element == UInt8 {
            var quoteColumns: [Int] = [], width = 0
            for byte in bytes {
                if byte == 0x3E { quoteColumns.append(width) }
                width = byte == 0x09 ? (width / 4 + 1) * 4 : width + 1
            }
            return (quoteColumns, width)
        }
        let closingPrefix = closing.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }
        let open = measure(openingPrefix), close = measure(closingPrefix)
        return open.quoteColumns.count == close.quoteColumns.count
            && zip(close.quoteColumns, open.quoteColumns).allSatisfy { $0 >= $1 }
            && close.width >= open.width
    }

    /// The literal's lines without their `\n` terminators.
    static func splitLiteral(_ literal: String) -> [[UInt8]] {
        var lines = Array(literal.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Whether `line` is a closing fence of `char` at least `length` long, after
    /// container prefixes (spaces, tabs, `>`), followed only by spaces and tabs.
    static func isClosingFence(_ line: [UInt8], char: UInt8, length: Int) -> Bool {
        var index = 0
        while index < line.count, line[index] == 0x20 || line[index] == 0x09 || line[index] == 0x3E { index += 1 }
        var run = 0
        while index < line.count, line[index] == char { run += 1; index += 1 }
        return run >= length && line[index...].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Locates a literal code line in its source line.
    ///
    /// The literal is normally a suffix of the source line. Where a container
    /// consumed part of a tab, cmark puts the tab's remaining width as spaces in
    /// the literal; then the source's tab is kept instead, so `text` is always
    /// the verbatim source from `column` to the end of the line.
    static func codeLine(literal: [UInt8], line: Int, lines: SourceLines) -> CodeLine {
        let source = Array(lines.content(line))
        var stripped = literal[...]
        while !source.ends(with: stripped), stripped.first == 0x20 { stripped = stripped.dropFirst() }
        guard source.ends(with: stripped) else {
            return CodeLine(text: String(decoding: literal, as: UTF8.self), line: line,
                            column: max(1, source.count - literal.count + 1))
        }
        var start = source.count - stripped.count
        if stripped.count < literal.count, start > 0, source[start - 1] == 0x09 { start -= 1 }
        return CodeLine(text: String(decoding: source[start...], as: UTF8.self), line: line, column: start + 1)
    }

    /// The output region's line prefix: `>`, spaces and tabs kept, anything else
    /// (list markers: `-`, `+`, `*`, digits, `.`, `)`) turned into a space.
    static func containerPrefix(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 == 0x3E || $0 == 0x09 ? $0 : 0x20 }, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// Whether the array ends with `suffix`.
    func ends(with suffix: ArraySlice<UInt8>) -> Bool {
        suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
