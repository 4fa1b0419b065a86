import Foundation

/// Writes files so that a reader sees the old contents or the new, never a half-written file.
enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `url`, then renames it over `url`.
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).lab-tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw RunError.cannotWrite(url.path)
        }
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw RunError.cannotWrite(url.path)
        }
    }

    /// Writes UTF-8 text.
    static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }
}
