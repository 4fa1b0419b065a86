/// A position in a notebook file: 1-based line and 1-based UTF-8 byte column.
///
/// Printed as `file:line:col`, the form compilers and editors understand.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The notebook's path as given to the parser.
    public let file: String
    /// 1-based line number in the file.
    public let line: Int
    /// 1-based UTF-8 byte column in the line.
    public let column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    /// The same line, `bytes` columns further right.
    public func advanced(by bytes: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + bytes)
    }
}

/// One line of a lab block and where its first byte sits in the file.
///
/// The Notebook module supplies these: a block inside a list or block quote
/// starts at a column greater than 1 and its text has that prefix removed.
public struct SourceLine: Sendable, Equatable {
    /// The line's text without its newline (and without any container prefix).
    public let text: String
    /// 1-based line number in the file.
    public let line: Int
    /// 1-based UTF-8 byte column of `text`'s first byte in the file.
    public let column: Int

    /// Creates a source line; `column` defaults to 1 (no container prefix).
    public init(text: String, line: Int, column: Int = 1) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// Splits a block of text into lines numbered from `firstLine`, each starting at `column`.
    public static func lines(of text: String, firstLine: Int = 1, column: Int = 1) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            SourceLine(text: String(line), line: firstLine + index, column: column)
        }
    }
}

/// A value together with where it was written and how many UTF-8 bytes it spans.
public struct Located<T> {
    /// The value.
    public let value: T
    /// Where its first byte is.
    public let location: SourceLocation
    /// Its length in UTF-8 bytes (at least 1).
    public let length: Int

    /// Creates a located value; `length` is clamped to at least 1.
    public init(_ value: T, at location: SourceLocation, length: Int) {
        self.value = value
        self.location = location
        self.length = max(1, length)
    }

    /// The 1-based line of the value.
    public var line: Int { location.line }

    /// The column one past the value's last byte.
    public var endColumn: Int { location.column + length }

    /// The same location and span around a different value.
    public func map<U>(_ transform: (T) -> U) -> Located<U> {
        Located<U>(transform(value), at: location, length: length)
    }
}

extension Located: Sendable where T: Sendable {}
extension Located: Equatable where T: Equatable {}
