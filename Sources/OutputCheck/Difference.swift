/// One place where re-executed output differs from the committed output.
public struct Difference: Sendable, Equatable, CustomStringConvertible {
    /// The committed file, as the user named it (`Outputs/quickstart.md`).
    public var file: String
    /// 1-based line in the committed file (0 when the file is missing or extra).
    public var line: Int
    /// Where it sits in the notebook (`block 3 (Notebooks/x.md:40)`), or a JSON path.
    public var context: String
    /// The committed text.
    public var expected: String
    /// The re-executed text.
    public var actual: String

    public init(file: String, line: Int, context: String, expected: String, actual: String) {
        self.file = file
        self.line = line
        self.context = context
        self.expected = expected
        self.actual = actual
    }

    /// `file:line: in CONTEXT` then `- committed` / `+ now` lines.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        var out = "\(place): differs in \(context)\n"
        out += "  - committed: \(expected)\n"
        out += "  + now:       \(actual)"
        return out
    }
}
