/// A notebook's dominant line ending, used for every line the splicer writes.
public enum LineEnding: Sendable, Equatable {
    /// Unix `\n`.
    case lf
    /// Windows `\r\n`.
    case crlf
    /// Classic Mac OS `\r` (CommonMark line ending too; kept so such files round-trip).
    case cr

    /// The terminator's bytes.
    public var bytes: [UInt8] {
        switch self {
        case .lf: return [0x0A]
        case .crlf: return [0x0D, 0x0A]
        case .cr: return [0x0D]
        }
    }
}
