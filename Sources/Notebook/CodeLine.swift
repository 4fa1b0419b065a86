/// One line of a lab block's code, with where it sits in the file.
///
/// `text` is the line's source bytes with the container prefix (block-quote
/// markers, list indentation, the fence's own indentation) and the line ending
/// removed. `line` and `column` locate `text`'s first byte: 1-based line,
/// 1-based UTF-8 byte column, so `column + k` is the column of `text`'s k-th byte.
/// An empty line's column is one past the end of its prefix.
public struct CodeLine: Sendable, Equatable {
    /// The code on this line, without container prefix or line ending.
    public let text: String
    /// 1-based line number in the file.
    public let line: Int
    /// 1-based UTF-8 byte column of `text`'s first byte (the BOM is not counted).
    public let column: Int

    /// Creates a code line.
    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}
