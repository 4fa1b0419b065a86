import LabScript

/// Why a notebook run failed outside any single directive (files, arguments).
public enum RunError: Error, Equatable, CustomStringConvertible {
    /// The notebook file could not be read.
    case cannotRead(String)
    /// An output file could not be written (nothing of the run was written).
    case cannotWrite(String, reason: String)
    /// A `--param` argument is not `NAME=VALUE`.
    case badParameter(String)
    /// A `--param NAME=…` names no parameter of the notebook (a usage error).
    case unknownParameter(String, notebook: String, known: [String])

    public var description: String {
        switch self {
        case .cannotRead(let path): return "lab: error: cannot read the notebook '\(path)'"
        case .cannotWrite(let path, let reason):
            return "lab: error: cannot write '\(path)': \(reason); nothing of this run was written"
        case .badParameter(let text): return "lab: error: bad option value \(text)"
        case let .unknownParameter(name, notebook, known):
            let list = known.isEmpty ? "it has none" : "its parameters: " + known.joined(separator: ", ")
            var text = "lab: error: --param \(name): \(notebook) has no parameter '\(name)' (\(list))"
            if let close = suggestion(for: name, among: known) { text += "\nhint: did you mean '\(close)'?" }
            return text
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
