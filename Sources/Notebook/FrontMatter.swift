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
///   to `fields`. Indented `name: value` lines under another key are kept in
///   `entries` with their section and position (a grading key's `limits:`), and
///   are otherwise ignored.
/// - Values are trimmed; a value in matching `"` or `'` quotes is unquoted,
///   otherwise a ` #` starts a comment. Blank lines and `#` lines are skipped.
public struct FrontMatter: Sendable, Equatable {
    /// The `title:` value, if present.
    public let title: String?
    /// The `params:` entries, in file order, as `(name, value)`.
    public let params: [(String, String)]
    /// Other top-level `key: value` entries, in file order.
    public let fields: [(String, String)]
    /// Indented `name: value` lines under top-level keys other than `params`, in file order.
    public let entries: [Entry]
    /// 1-based line of the closing `---` / `...`.
    public let endLine: Int

    /// An indented `name: value` line under a top-level key (its section).
    public struct Entry: Sendable, Equatable {
        /// The top-level key above it (`limits`).
        public let section: String
        public let name: String
        public let value: String
        /// 1-based line, and 1-based columns of the name and of the value.
        public let line: Int
        public let column: Int
        public let valueColumn: Int

        public init(section: String, name: String, value: String, line: Int, column: Int, valueColumn: Int) {
            self.section = section
            self.name = name
            self.value = value
            self.line = line
            self.column = column
            self.valueColumn = valueColumn
        }
    }

    /// Creates front matter.
    public init(title: String?, params: [(String, String)], fields: [(String, String)] = [], entries: [Entry] = [],
                endLine: Int) {
        self.title = title
        self.params = params
        self.fields = fields
        self.entries = entries
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
            && lhs.fields.elementsEqual(rhs.fields, by: ==) && lhs.entries == rhs.entries
    }
}
