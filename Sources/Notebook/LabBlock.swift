/// A fenced code block whose info string's first word is `lab`, with its output region.
public struct LabBlock: Sendable, Equatable {
    /// 0-based position among the notebook's lab blocks, in document order.
    public let index: Int
    /// The full info string as cmark reports it (entities decoded, trimmed), e.g. `lab title=x`.
    public let infoString: String
    /// 1-based line of the opening fence.
    public let openingFenceLine: Int
    /// 1-based UTF-8 byte column of the opening fence's first character.
    public let openingFenceColumn: Int
    /// 1-based line of the closing fence. Always present: an unclosed lab fence is a parse error.
    public let closingFenceLine: Int
    /// The code between the fences, one entry per source line.
    public let code: [CodeLine]
    /// What each line of this block's output region starts with.
    ///
    /// The bytes before the opening fence with block-quote markers (`>`),
    /// spaces and tabs kept and list markers turned into spaces, e.g. `"> "` or `"   "`.
    public let containerPrefix: String
    /// The output region directly after the block (only blank lines between), if any.
    public let region: OutputRegion?

    /// The info string after its first word (`lab`), trimmed: e.g. `title=x`.
    public var options: String {
        let end = infoString.utf8.firstIndex { $0 == 0x20 || $0 == 0x09 } ?? infoString.utf8.endIndex
        return infoString[end...].trimmingBlanks()
    }

    /// Whether the info string asks to hide the source (```` ```lab hide ````): the rendered
    /// copy shows only the block's output region.
    public var isHidden: Bool {
        options.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains("hide")
    }

    /// The code as one string, lines joined by `"\n"`.
    public var source: String { code.map(\.text).joined(separator: "\n") }
}
