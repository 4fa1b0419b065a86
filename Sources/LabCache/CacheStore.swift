import Foundation
import Progress

/// A directory of content-addressed entries (`.lab-cache/` beside the notebook, or `LAB_CACHE_DIR`).
///
/// Layout: `entries/XY/<64 hex digits>` for entries (XY = the key's first two
/// digits), `files.memo` for the file-digest memo, `runs/` for the per-notebook
/// journals `--explain` compares against, and a `CACHEDIR.TAG` so backup tools skip it.
///
/// Safe for several processes at once: every file is written to a unique
/// temporary name in the same folder and renamed into place (atomic on POSIX),
/// so a reader sees a whole entry or none; two writers of one key write the
/// same content. A damaged entry is reported through `note` and treated as missing.
public final class CacheStore: @unchecked Sendable {
    /// The cache directory.
    public let directory: URL
    /// The version written into every entry header; entries of other versions are ignored.
    public let toolVersion: String
    /// Receives one line per damaged entry found (default: standard error).
    public var note: (String) -> Void
    /// Entries this store object has written (eviction is only needed after a write).
    public private(set) var entriesWritten = 0

    /// Opens (creating if needed) a cache at `directory`.
    public init(directory: URL, toolVersion: String, note: @escaping (String) -> Void = CacheStore.standardError) {
        self.directory = directory
        self.toolVersion = toolVersion
        self.note = note
    }

    /// Writes `line` to standard error.
    public static func standardError(_ line: String) {
        StandardErrorStream.writeLine(line)
    }

    /// The default bound on the entries' total size: 2 GB.
    public static let defaultSizeBound: Int64 = 2_000_000_000

    var entriesDirectory: URL { directory.appendingPathComponent("entries") }

    /// The file holding `key`'s entry.
    public func url(for key: CacheKey) -> URL {
        let hex = key.hex
        return entriesDirectory.appendingPathComponent(String(hex.prefix(2))).appendingPathComponent(hex)
    }

    /// Whether an entry file exists for `key` (not checked).
    public func contains(_ key: CacheKey) -> Bool {
        FileManager.default.fileExists(atPath: url(for: key).path)
    }

    /// The payload stored under `key`, or nil when there is none or it is damaged
    /// (then `note` says so and the file is removed). A hit marks the entry as recently used.
    public func read(_ key: CacheKey) -> [UInt8]? {
        let file = url(for: key)
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        do {
            let payload = try CacheEntry.decode(Array(data), key: key, toolVersion: toolVersion)
            touch(file)
            return payload
        } catch {
            note("lab: cache: ignoring entry \(key.short) (\(error)); recomputing")
            try? FileManager.default.removeItem(at: file)
            return nil
        }
    }

    /// Stores `payload` under `key`, atomically. Failures (full disk, read-only
    /// folder) are reported through `note` and otherwise ignored: the cache only accelerates.
    public func write(_ key: CacheKey, payload: [UInt8]) {
        let bytes = CacheEntry.encode(key: key, payload: payload, toolVersion: toolVersion)
        do {
            try writeAtomically(Data(bytes), to: url(for: key))
            entriesWritten += 1
        } catch {
            note("lab: cache: cannot write entry \(key.short): \(error)")
        }
    }

    /// Writes `data` to `target` through a unique temporary file in the same folder.
    public func writeAtomically(_ data: Data, to target: URL) throws {
        let folder = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ensureTag()
        let temporary = folder.appendingPathComponent(".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        if rename(temporary.path, target.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    private func ensureTag() throws {
        let tag = directory.appendingPathComponent("CACHEDIR.TAG")
        guard !FileManager.default.fileExists(atPath: tag.path) else { return }
        let text = "Signature: 8a477f597d28d172789f06886806bc55\n# This is labbook's cache of computed results (see its README, \"Cache\").\n"
        _ = FileManager.default.createFile(atPath: tag.path, contents: Data(text.utf8))
    }

    /// Marks an entry as used now (its modification time orders eviction).
    private func touch(_ file: URL) {
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
    }
}
