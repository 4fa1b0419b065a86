import Notebook

/// Maps a line of a notebook to its line in the same notebook without output
/// regions, so records keep their `line` when regions are added or removed.
struct StableLines {
    /// Per block: the file lines of its code and the region-free lines they map to.
    private var map: [Int: [Int: Int]] = [:]

    init(_ notebook: ParsedNotebook) {
        guard notebook.blocks.contains(where: { $0.region != nil }),
              let stripped = try? NotebookParser.parse(path: notebook.path, bytes: Splicer.strippingRegions(notebook)),
              stripped.blocks.count == notebook.blocks.count else { return }
        for (block, bare) in zip(notebook.blocks, stripped.blocks) where block.code.count == bare.code.count {
            var lines: [Int: Int] = [:]
            for (line, original) in zip(block.code, bare.code) { lines[line.line] = original.line }
            map[block.index] = lines
        }
    }

    /// The region-free line of `line` in block `block` (the line itself when unmapped).
    func line(_ line: Int, inBlock block: Int) -> Int {
        map[block]?[line] ?? line
    }
}
