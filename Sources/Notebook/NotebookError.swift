/// A problem with the notebook file itself (encoding, region markers, front
/// matter), located at a line and column.
///
/// Rendered like every other notebook error: `path:line:col: error: message`,
/// then the numbered source line and a caret under the part at fault.
public struct NotebookError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The notebook's path as given to the parser.
    public let path: String
    /// 1-based line.
    public let line: Int
    /// 1-based UTF-8 byte column.
    public let column: Int
    /// What is wrong and, where possible, how to fix it.
    public let message: String
    /// The source line shown under the message (nil when unknown).
    public internal(set) var sourceLine: String?
    /// Bytes the caret spans.
    public internal(set) var length: Int = 1

    /// Creates an error.
    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message`.
    public var summary: String { "\(path):\(line):\(column): error: \(message)" }

    /// The summary, then the numbered line and the caret when the line is known.
    public var description: String {
        guard let sourceLine else { return summary }
        let number = String(line)
        let gutter = String(repeating: " ", count: Swift.max(0, 5 - number.count)) + number
        let blank = String(repeating: " ", count: Swift.max(5, number.count))
        let bytes = Array(sourceLine.utf8)
        let start = Swift.min(Swift.max(0, column - 1), bytes.count)
        let end = Swift.min(start + Swift.max(1, length), bytes.count)
        let padding = String(String(decoding: bytes[0..<start], as: UTF8.self).map { $0 == "\t" ? "\t" : " " })
        let width = Swift.max(1, end > start ? String(decoding: bytes[start..<end], as: UTF8.self).count : 1)
        return [summary, "\(gutter) | \(sourceLine)", "\(blank) | \(padding)^" + String(repeating: "~", count: width - 1)]
            .joined(separator: "\n")
    }

    /// This error with its source line taken from `lines`; the caret spans the word
    /// or marker that starts at the column (up to the next blank, or the whole
    /// `<!-- … -->` marker). Lines longer than 400 bytes are cut after the caret.
    func excerpted(from lines: SourceLines) -> NotebookError {
        guard line >= 1, line <= lines.count else { return self }
        var content = Array(lines.content(line))
        if content.count > 400 { content = Array(content.prefix(Swift.max(400, column + 80))) }
        var copy = self
        copy.sourceLine = String(decoding: content, as: UTF8.self)
        let start = Swift.min(Swift.max(0, column - 1), content.count)
        let rest = content[start...]
        if rest.starts(with: Array("<!--".utf8)), let close = Self.find(Array("-->".utf8), in: Array(rest)) {
            copy.length = close + 3
        } else {
            copy.length = Swift.max(1, rest.prefix { $0 != 0x20 && $0 != 0x09 }.count)
        }
        if String(decoding: content, as: UTF8.self).utf8.count != content.count { copy.length = 1 }
        return copy
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where Array(haystack[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}
