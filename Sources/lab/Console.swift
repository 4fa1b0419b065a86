import Progress

/// Standard error that cannot stop a run: a closed, full or broken stream loses the
/// message but never traps (Foundation's `FileHandle.write` traps on a failed write).
enum Console {
    /// Writes `text` and a newline to standard error, ignoring failures.
    static func error(_ text: String) {
        StandardErrorStream.writeLine(text)
    }

    /// Prints a usage or file-system error in the one shape every command uses: `lab: error: …`.
    static func usageError(_ message: String) {
        error("lab: error: \(message)")
    }
}
