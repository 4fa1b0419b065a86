/// A problem in a notebook's Markdown structure, located at a line and column.
///
/// Printed as `path:line:col: error: message`, the format compilers use, so
/// editors can jump to it.
public struct NotebookError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The notebook's path as given to the parser.
    public let path: String
    /// 1-based line.
    public let line: Int
    /// 1-based UTF-8 byte column.
    public let column: Int
    /// What is wrong and, where possible, how to fix it.
    public let message: String

    /// Creates an error.
    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message`.
    public var description: String { "\(path):\(line):\(column): error: \(message)" }
}
