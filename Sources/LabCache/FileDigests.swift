import Crypto
import Foundation

/// Content digests of files, memoised by path, size and modification time so
/// that an unchanged 90 MB model file is hashed once, not on every run.
///
/// The memo lives in the cache directory (`files.memo`, one line per file:
/// `size<TAB>mtime-ns<TAB>sha256<TAB>path`) and is shared by every run using that cache.
/// A file whose size or modification time changed is hashed again.
public final class FileDigests: @unchecked Sendable {
    private struct Stamp: Equatable {
        var size: Int64
        var modified: Int64
    }

    private let memoURL: URL?
    private var memo: [String: (stamp: Stamp, key: CacheKey)] = [:]
    private var changed = false
    private let lock = NSLock()

    /// A memo read from (and saved to) `memoURL`; nil keeps it in memory only.
    public init(memoURL: URL?) {
        self.memoURL = memoURL
        if let memoURL, let text = try? String(contentsOf: memoURL, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
                guard fields.count == 4, let size = Int64(fields[0]), let modified = Int64(fields[1]),
                      let key = CacheKey(hex: String(fields[2])) else { continue }
                memo[String(fields[3])] = (Stamp(size: size, modified: modified), key)
            }
        }
    }

    /// The SHA-256 of the file at `url`'s content, or nil when it cannot be read.
    public func digest(of url: URL) -> CacheKey? {
        let path = url.path
        guard let stamp = Self.stamp(path) else { return nil }
        lock.lock()
        let known = memo[path]
        lock.unlock()
        if let known, known.stamp == stamp { return known.key }
        guard let key = Self.hash(path) else { return nil }
        lock.lock()
        memo[path] = (stamp, key)
        changed = true
        lock.unlock()
        return key
    }

    /// Writes the memo back (atomically) when a digest was computed.
    public func save(using store: CacheStore) {
        lock.lock()
        defer { lock.unlock() }
        guard changed, let memoURL else { return }
        let lines = memo.keys.sorted().compactMap { path -> String? in
            guard let entry = memo[path], !path.contains("\n") else { return nil }
            return "\(entry.stamp.size)\t\(entry.stamp.modified)\t\(entry.key.hex)\t\(path)"
        }
        try? store.writeAtomically(Data((lines.joined(separator: "\n") + "\n").utf8), to: memoURL)
        changed = false
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        // Only regular files are hashed: a FIFO would block and a device never end.
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let ns = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let ns = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        return Stamp(size: Int64(info.st_size), modified: ns)
    }

    private static func hash(_ path: String) -> CacheKey? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { return nil }
            guard let chunk, !chunk.isEmpty else { break }
            hasher.update(data: chunk)
        }
        return CacheKey(digest: hasher.finalize())
    }
}
