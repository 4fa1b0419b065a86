/// A notebook parsed into lab blocks and output regions, with its original bytes.
///
/// Produced by `NotebookParser.parse(path:bytes:)`; consumed by `Splicer`.
public struct ParsedNotebook: Sendable {
    /// The path the notebook was read from (used in error messages only).
    public let path: String
    /// The file's bytes, exactly as read (BOM included).
    public let bytes: [UInt8]
    /// The dominant line ending, used for lines the splicer writes.
    public let lineEnding: LineEnding
    /// The `---` front matter at the very top, if any.
    public let frontMatter: FrontMatter?
    /// The lab blocks, in document order (`blocks[i].index == i`).
    public let blocks: [LabBlock]
    /// The inline values (`` `{lab} accuracy(tree on digits.test)` ``) in prose, in document order.
    public let inlineValues: [InlineValue]
    /// The line table of `bytes`.
    let lines: SourceLines
}
