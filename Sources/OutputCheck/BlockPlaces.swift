import Foundation
import Notebook

/// Names the lab block a line of a rendered notebook belongs to, for diffs:
/// `block 2 (line 14: train tree max_depth=3 …), output region`.
struct BlockPlaces {
    private var blocks: [LabBlock] = []

    init(markdown: String, path: String) {
        if let notebook = try? NotebookParser.parse(path: path, bytes: Array(markdown.utf8)) {
            blocks = notebook.blocks
        }
    }

    /// Where `line` (1-based) sits: in a block's code, its output region, or the prose after it.
    func describe(_ line: Int) -> String {
        guard let block = blocks.last(where: { $0.openingFenceLine <= line }) else { return "the prose before the first block" }
        let first = block.code.first { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }?.text ?? ""
        let short = first.count > 48 ? String(first.prefix(47)) + "…" : first
        let name = "block \(block.index + 1) (line \(block.openingFenceLine): `\(short)`)"
        if line <= block.closingFenceLine { return "\(name), its code" }
        if let region = block.region, line <= region.closingLine { return "\(name), its output" }
        return "the prose after \(name)"
    }
}
