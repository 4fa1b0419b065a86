#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error that cannot stop a run: a closed, full or broken stream loses the
/// message but never traps (Foundation's `FileHandle.write` traps on a failed write).
enum Console {
    /// Writes `text` and a newline to standard error, ignoring failures.
    static func error(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(2, $0.baseAddress! + written, $0.count - written) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            written += n
        }
    }

    /// Prints a usage or file-system error in the one shape every command uses: `lab: error: …`.
    static func usageError(_ message: String) {
        error("lab: error: \(message)")
    }
}
