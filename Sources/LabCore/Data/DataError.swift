/// Why data could not be read, found or reshaped; carries the file and line where known.
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file the problem is in, if any.
    public let file: String?
    /// 1-based line in `file`, if known.
    public let line: Int?
    /// What is wrong, in words a notebook author can act on.
    public let message: String

    public init(file: String? = nil, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line): \(message)"
        case let (file?, nil): return "\(file): \(message)"
        default: return message
        }
    }
}
