/// A located error or warning about a notebook, rendered like a compiler message.
///
/// ```
/// lab.md:12:1: error: unknown directive 'trian'
///    12 | trian tree on digits.train
///       | ^~~~~
/// hint: did you mean 'train'?
/// ```
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable {
        /// Stops the run.
        case error
        /// Reported; the run goes on.
        case warning
    }

    /// Error or warning.
    public let severity: Severity
    /// Where the caret starts.
    public let location: SourceLocation
    /// Caret span in UTF-8 bytes (at least 1).
    public let length: Int
    /// One-line message, lower case, no trailing period.
    public let message: String
    /// Optional advice printed on its own line after the caret.
    public let hint: String?
    /// The text of the offending line (as the parser saw it).
    public let sourceLine: String
    /// The file column of `sourceLine`'s first byte (1 unless the block is indented).
    public let sourceLineColumn: Int

    /// Creates a diagnostic.
    public init(
        severity: Severity, location: SourceLocation, length: Int, message: String,
        hint: String? = nil, sourceLine: String, sourceLineColumn: Int = 1
    ) {
        self.severity = severity
        self.location = location
        self.length = max(1, length)
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
        self.sourceLineColumn = sourceLineColumn
    }

    /// An error at `location` spanning `length` bytes of `line`.
    public static func error(
        _ message: String, at location: SourceLocation, length: Int = 1,
        in line: SourceLine, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            severity: .error, location: location, length: length, message: message,
            hint: hint, sourceLine: line.text, sourceLineColumn: line.column)
    }

    /// An error under a located value of `line`.
    public static func error<T>(
        _ message: String, under located: Located<T>, in line: SourceLine, hint: String? = nil
    ) -> Diagnostic {
        error(message, at: located.location, length: located.length, in: line, hint: hint)
    }

    /// A warning at `location` spanning `length` bytes of `line`.
    public static func warning(
        _ message: String, at location: SourceLocation, length: Int = 1,
        in line: SourceLine, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            severity: .warning, location: location, length: length, message: message,
            hint: hint, sourceLine: line.text, sourceLineColumn: line.column)
    }

    /// `file:line:col: severity: message`, the first line of the rendering.
    public var summary: String { "\(location): \(severity.rawValue): \(message)" }

    /// The full rendering: summary, numbered source line, caret line, hint.
    public var description: String { rendered() }
}
