import LabScript

/// Why a notebook run failed outside any single directive (files, arguments).
public enum RunError: Error, Equatable, CustomStringConvertible {
    /// The notebook file could not be read.
    case cannotRead(String)
    /// An output file could not be written (nothing of the run was written).
    case cannotWrite(String, reason: String)
    /// A `--param` argument is not `NAME=VALUE`.
    case badParameter(String)

    public var description: String {
        switch self {
        case .cannotRead(let path): return "lab: error: cannot read the notebook '\(path)'"
        case .cannotWrite(let path, let reason):
            return "lab: error: cannot write '\(path)': \(reason); nothing of this run was written"
        case .badParameter(let text): return "error: --param expects NAME=VALUE, got '\(text)'"
        }
    }
}

/// A failure while executing one directive, located at the directive or one of its parts.
struct DirectiveFailure: Error {
    /// Where to point the caret.
    var location: SourceLocation
    /// Caret width in bytes.
    var length: Int
    /// What went wrong.
    var message: String
    /// Advice, if any.
    var hint: String?
}
