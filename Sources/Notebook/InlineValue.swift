/// An inline value in prose: `` `{lab} accuracy(tree on digits.test):.1%` ``.
///
/// The code span holds `{lab} `, an expression in the `expect` language
/// (`METRIC(MODEL on DATA)`, options allowed) and an optional format after the
/// last `:` (`.1%`, `.3f`). In a rendered copy the span is replaced by the value;
/// `--in-place` keeps the span (so the expression stays editable) and writes the
/// value right after it between `<!--lab:value-->` and `<!--/lab:value-->`, which
/// the next run replaces.
public struct InlineValue: Sendable, Equatable {
    /// 0-based position among the notebook's inline values, in document order.
    public let index: Int
    /// 1-based line of the code span.
    public let line: Int
    /// 1-based UTF-8 byte column of the span's opening backtick.
    public let column: Int
    /// Length in bytes of the code span, backticks included.
    public let spanLength: Int
    /// Length in bytes of the value written after the span by an earlier `--in-place` run (0 if none).
    public let valueLength: Int
    /// The expression, e.g. `accuracy(tree on digits.test)`.
    public let expression: String
    /// 1-based UTF-8 byte column of the expression's first byte.
    public let expressionColumn: Int
    /// The format after the last `:`, e.g. `.1%`; nil when none is written.
    public let format: String?
    /// The whole text of the line holding the span (for diagnostics).
    public let lineText: String

    /// The marker written before an in-place value.
    public static let openingMarker = "<!--lab:value-->"
    /// The marker written after an in-place value.
    public static let closingMarker = "<!--/lab:value-->"
}
