import Foundation

/// Standard error for diagnostics and progress, written so that a closed, full or
/// broken standard error never stops the run: Foundation's `FileHandle.write(_:)`
/// traps when the write fails, this drops the text instead.
public enum StandardErrorStream {
    /// Writes `text` as it is (no newline added); gives up silently when the stream fails.
    public static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Foundation.write(STDERR_FILENO, raw.baseAddress! + written, raw.count - written)
            }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            written += n
        }
    }

    /// Writes `line` and a newline.
    public static func writeLine(_ line: String) {
        write(line + "\n")
    }
}
