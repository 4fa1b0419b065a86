/// One piece of a block's output, before rendering.
public enum Output: Sendable {
    /// A result table.
    case table(ResultTable)
    /// A chart; `name` is its file stem, stable across reruns.
    case figure(FigureOutput)
    /// A short line of prose (e.g. "Split digits: 1347 train / 450 test rows").
    case text(String)
    /// Something the reader must notice (e.g. an ill-defined metric set to 0).
    case warning(String)
    /// A rendered diagnostic (in a `--keep-going` run).
    case error(String)
}

/// A table of already formatted cells.
public struct ResultTable: Sendable, Equatable {
    /// Column alignment in the Markdown table.
    public enum Alignment: Sendable { case left, right }
    /// A bold line above the table, if any.
    public var caption: String?
    /// Column headers.
    public var header: [String]
    /// Rows of cells, each as long as `header`.
    public var rows: [[String]]
    /// Alignment per column; numbers read best right-aligned.
    public var alignments: [Alignment]

    public init(caption: String? = nil, header: [String], rows: [[String]], alignments: [Alignment]? = nil) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.alignments = alignments ?? header.indices.map { $0 == 0 ? .left : .right }
    }
}

/// A rendered chart waiting to be written to disk.
public struct FigureOutput: Sendable, Equatable {
    /// File stem (no extension): a function of the directive and its inputs only
    /// (`roc-tree-forest-digits-test`). The writer makes stems unique within the
    /// notebook, in document order (`…-2` for a second figure with the same stem).
    public var name: String
    /// The SVG document.
    public var svg: String
    /// Alt text for the Markdown image link.
    public var altText: String

    public init(name: String, svg: String, altText: String) {
        self.name = name
        self.svg = svg
        self.altText = altText
    }

    /// The file stem for a figure described by `words`: each word slugged, joined by `-`.
    public static func stem(_ words: [String]) -> String {
        let base = words.map(Slug.make).filter { !$0.isEmpty }.joined(separator: "-")
        return base.isEmpty ? "figure" : base
    }
}
