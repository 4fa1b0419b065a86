/// An output-region marker found in the document.
struct RegionMarker: Sendable, Equatable {
    /// Whether this is `<!-- lab:output -->` (true) or `<!-- /lab:output -->` (false).
    let isOpening: Bool
    /// 1-based line of the marker.
    let line: Int
    /// 1-based UTF-8 byte column of its `<`.
    let column: Int
}

extension NotebookParser {
    /// The opening marker, as written by the splicer.
    static let openingMarker = "<!-- lab:output -->"
    /// The closing marker, as written by the splicer.
    static let closingMarker = "<!-- /lab:output -->"

    /// The marker an HTML block is, if it is one: a one-line comment alone on its line
    /// whose text, trimmed, is `lab:output` or `/lab:output` (`<!--lab:output-->` also counts).
    static func marker(in leaf: CMarkBlock, lines: SourceLines) -> RegionMarker? {
        guard leaf.kind == .htmlBlock, let isOpening = markerKind(leaf.literal) else { return nil }
        let source = Array(lines.content(leaf.startLine))
        let column = (source.firstIndex(of: 0x3C) ?? 0) + 1
        return RegionMarker(isOpening: isOpening, line: leaf.startLine, column: column)
    }

    /// Whether `text`, trimmed, is a one-line opening (true) or closing (false) marker; nil otherwise.
    static func markerKind(_ text: String) -> Bool? {
        let body = text.trimmingBlanks(newlines: true)
        guard !body.utf8.contains(0x0A), !body.utf8.contains(0x0D),
              body.hasPrefix("<!--"), body.hasSuffix("-->"), body.utf8.count >= 7 else { return nil }
        switch body.dropFirst(4).dropLast(3).trimmingBlanks(newlines: true) {
        case "lab:output": return true
        case "/lab:output": return false
        default: return nil
        }
    }

    /// Pairs markers in document order into regions.
    ///
    /// - Throws: `NotebookError` at an opening marker followed by another opening
    ///   marker or by nothing, or at a closing marker with no opening one before it.
    static func pairRegions(_ markers: [RegionMarker], lines: SourceLines, path: String) throws -> [OutputRegion] {
        var regions: [OutputRegion] = []
        var open: RegionMarker?
        for marker in markers {
            if marker.isOpening {
                if let pending = open { throw neverClosed(pending, path: path) }
                open = marker
            } else {
                guard let pending = open else {
                    throw NotebookError(path: path, line: marker.line, column: marker.column,
                                        message: "'\(closingMarker)' at line \(marker.line) closes no output region; add '\(openingMarker)' before the output or delete this line")
                }
                regions.append(OutputRegion(openingLine: pending.line, closingLine: marker.line))
                open = nil
            }
        }
        if let pending = open { throw neverClosed(pending, path: path) }
        return regions
    }

    /// The region (keyed by opening line) that opens on the first non-blank line after `line`, if any.
    static func regionAfter(line: Int, regions: [Int: OutputRegion], lines: SourceLines) -> OutputRegion? {
        var next = line + 1
        while next <= lines.count, lines.isBlankInContainer(next) { next += 1 }
        return regions[next]
    }

    /// Throws for the first region whose opening line no lab block claimed.
    static func checkNoOrphans(_ regions: [OutputRegion], claimed: Set<Int>, lines: SourceLines, path: String) throws {
        guard let orphan = regions.first(where: { !claimed.contains($0.openingLine) }) else { return }
        let column = (Array(lines.content(orphan.openingLine)).firstIndex(of: 0x3C) ?? 0) + 1
        throw NotebookError(path: path, line: orphan.openingLine, column: column,
                            message: "output region at lines \(orphan.openingLine)-\(orphan.closingLine) is orphaned: it does not follow a lab block; move it directly after a ```lab block's closing fence (only blank lines between) or delete it")
    }

    private static func neverClosed(_ marker: RegionMarker, path: String) -> NotebookError {
        NotebookError(path: path, line: marker.line, column: marker.column,
                      message: "output region opened at line \(marker.line) is never closed; add '\(closingMarker)' after its output")
    }
}
