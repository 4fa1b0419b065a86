import Foundation

extension CacheStore {
    /// One entry file as eviction sees it.
    struct EntryFile {
        var url: URL
        var size: Int64
        var used: Date
    }

    /// Every entry file with its size and last use, skipping temporary files.
    func entryFiles() -> [EntryFile] {
        let fm = FileManager.default
        guard let shards = try? fm.contentsOfDirectory(atPath: entriesDirectory.path) else { return [] }
        var files: [EntryFile] = []
        for shard in shards.sorted() {
            let folder = entriesDirectory.appendingPathComponent(shard)
            guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names where !name.hasPrefix(".tmp-") {
                let url = folder.appendingPathComponent(name)
                guard let attributes = try? fm.attributesOfItem(atPath: url.path) else { continue }
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
                let used = attributes[.modificationDate] as? Date ?? .distantPast
                files.append(EntryFile(url: url, size: size, used: used))
            }
        }
        return files
    }

    /// Total size of all entries, in bytes.
    public var totalSize: Int64 { entryFiles().reduce(0) { $0 + $1.size } }

    /// Removes least-recently-used entries until the entries total at most `bound` bytes.
    /// Also removes temporary files older than an hour (left by a killed process).
    /// - Returns: how many entries were removed.
    @discardableResult
    public func evict(toFit bound: Int64) -> Int {
        removeStaleTemporaries()
        var files = entryFiles()
        var total = files.reduce(0) { $0 + $1.size }
        guard total > bound else { return 0 }
        files.sort { ($0.used, $0.url.path) < ($1.used, $1.url.path) }
        var removed = 0
        for file in files where total > bound {
            // Another process may have removed it already; either way it is gone.
            try? FileManager.default.removeItem(at: file.url)
            total -= file.size
            removed += 1
        }
        return removed
    }

    private func removeStaleTemporaries() {
        let fm = FileManager.default
        guard let shards = try? fm.contentsOfDirectory(atPath: entriesDirectory.path) else { return }
        let cutoff = Date().addingTimeInterval(-3600)
        for shard in shards {
            let folder = entriesDirectory.appendingPathComponent(shard)
            for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(".tmp-") {
                let url = folder.appendingPathComponent(name)
                if let date = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date, date < cutoff {
                    try? fm.removeItem(at: url)
                }
            }
        }
    }
}
