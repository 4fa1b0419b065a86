/// The YAML-like `---` block at the very top of a notebook.
///
/// Deliberately a small subset of YAML, enough for a title and parameters:
/// ```
/// ---
/// title: Evaluation metrics
/// params:
///   depth: 3
///   names: "Not 9, 9"
/// ---
/// ```
/// - The block starts on line 1 (after an optional BOM) with `---` and ends at
///   the next line that is `---` or `...`; without that closing line there is
///   no front matter (a lone `---` is just a thematic break). As in Jekyll, a
///   file whose line 1 is `---` opens front matter: start with text instead to
///   begin with a horizontal rule.
/// - Top-level lines are `key: value`; `title` fills `title`, `params:` (empty
///   value) opens a list of indented `name: value` lines, every other key goes
///   to `fields`. Indented lines under other keys are ignored.
/// - Values are trimmed; a value in matching `"` or `'` quotes is unquoted,
///   otherwise a ` #` starts a comment. Blank lines and `#` lines are skipped.
public struct FrontMatter: Sendable, Equatable {
    /// The `title:` value, if present.
    public let title: String?
    /// The `params:` entries, in file order, as `(name, value)`.
    public let params: [(String, String)]
    /// Other top-level `key: value` entries, in file order.
    public let fields: [(String, String)]
    /// 1-based line of the closing `---` / `...`.
    public let endLine: Int

    /// Creates front matter.
    public init(title: String?, params: [(String, String)], fields: [(String, String)] = [], endLine: Int) {
        self.title = title
        self.params = params
        self.fields = fields
        self.endLine = endLine
    }

    /// The value of parameter `name`, if declared.
    public func param(_ name: String) -> String? {
        params.first { $0.0 == name }?.1
    }

    /// Equal when title, params (in order), fields (in order) and end line agree.
    public static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool {
        lhs.title == rhs.title && lhs.endLine == rhs.endLine
            && lhs.params.elementsEqual(rhs.params, by: ==)
            && lhs.fields.elementsEqual(rhs.fields, by: ==)
    }
}
