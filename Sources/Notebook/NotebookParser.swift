/// Parses a Markdown notebook into lab blocks and output regions with cmark.
///
/// A lab block is a fenced code block (backticks or tildes) whose info
/// string's first word is exactly `lab`; fences shown inside a longer fence or
/// in indented code are code, not blocks (cmark decides). An output region is
/// an opening marker `<!-- lab:output -->` and a closing marker
/// `<!-- /lab:output -->`, each an HTML block alone on its line; regions are
/// found by their markers only, never by parsing their content, and lab blocks
/// inside a region are ignored. A region belongs to the lab block whose closing
/// fence it follows with only blank lines between.
public enum NotebookParser {
    /// Parses `bytes`, the content of the notebook at `path`.
    ///
    /// - Parameters:
    ///   - path: used in error messages only.
    ///   - bytes: the file's bytes; a UTF-8 BOM is allowed and kept.
    /// - Returns: the notebook's lab blocks with their regions; an empty file has none.
    /// - Throws: `NotebookError` for bytes that are not UTF-8, malformed front
    ///   matter, an opening marker never closed, a closing marker without an
    ///   opening one, a region that follows no lab block, or a lab fence that is
    ///   never closed (its output would land inside the code).
    /// - Complexity: O(n) in the file size.
    public static func parse(path: String, bytes: [UInt8]) throws -> ParsedNotebook {
        let lines = SourceLines(bytes)
        do {
            return try parse(path: path, bytes: bytes, lines: lines)
        } catch let error as NotebookError {
            throw error.excerpted(from: lines)
        }
    }

    private static func parse(path: String, bytes: [UInt8], lines: SourceLines) throws -> ParsedNotebook {
        if let offset = UTF8Validation.firstInvalidOffset(bytes) {
            let (line, column) = lines.position(ofOffset: offset)
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            throw NotebookError(path: path, line: line, column: column,
                                message: "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); save the notebook as UTF-8")
        }
        let frontMatter = try FrontMatter.parse(lines, path: path)
        let firstContentLine = (frontMatter?.endLine ?? 0) + 1
        let leaves = CMarkBridge.leafBlocks(of: bytes).filter { $0.startLine >= firstContentLine }

        let markers = leaves.compactMap { marker(in: $0, lines: lines) }
        let regions = try pairRegions(markers, lines: lines, path: path)
        let regionsByOpening = Dictionary(uniqueKeysWithValues: regions.map { ($0.openingLine, $0) })

        var blocks: [LabBlock] = []
        var nextRegion = 0  // regions and leaves are both in document order
        for leaf in leaves where leaf.kind == .codeBlock && isLabInfo(leaf.fenceInfo) {
            while nextRegion < regions.count, regions[nextRegion].closingLine < leaf.startLine { nextRegion += 1 }
            if nextRegion < regions.count, regions[nextRegion].openingLine < leaf.startLine { continue }
            let fenced = try labBlock(from: leaf, index: blocks.count, lines: lines, path: path)
            let region = regionAfter(line: fenced.closingFenceLine, regions: regionsByOpening, lines: lines)
            blocks.append(fenced.with(region: region))
        }
        try checkNoOrphans(regions, claimed: Set(blocks.compactMap { $0.region?.openingLine }), lines: lines, path: path)
        let prose = leaves.filter { leaf in
            leaf.kind == .otherLeaf && !regions.contains { $0.openingLine <= leaf.startLine && leaf.startLine <= $0.closingLine }
        }.flatMap { $0.startLine...max($0.startLine, $0.endLine) }
        return ParsedNotebook(path: path, bytes: bytes, lineEnding: lines.dominantEnding(outside: regions),
                              frontMatter: frontMatter, blocks: blocks,
                              inlineValues: InlineValueScanner.scan(lines, lineNumbers: prose), lines: lines)
    }

    /// Whether an info string's first word is exactly `lab`.
    static func isLabInfo(_ info: String) -> Bool {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "lab"
    }
}

extension SourceLines {
    /// The 1-based line and UTF-8 byte column of byte `offset` (BOM not counted on line 1).
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].contentStart <= offset { low = middle } else { high = middle - 1 }
        }
        guard !lines.isEmpty else { return (1, 1) }
        return (low + 1, max(1, offset - lines[low].contentStart + 1))
    }
}

extension LabBlock {
    /// A copy with `region` set.
    func with(region: OutputRegion?) -> LabBlock {
        LabBlock(index: index, infoString: infoString, openingFenceLine: openingFenceLine,
                 openingFenceColumn: openingFenceColumn, closingFenceLine: closingFenceLine,
                 code: code, containerPrefix: containerPrefix, region: region)
    }
}
