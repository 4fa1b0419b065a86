import Crypto
import Foundation

/// Finished runs kept by the first grading, keyed by what a run depends on:
/// the submission's content, the key's set-up lines, the limits and the tool's
/// version. Thresholds, points, bands, messages and visibility are not part of
/// the key, so changing them re-scores without re-running.
struct RunCache {
    /// Bump when anything a run measures may change (the tool's own version).
    static let toolVersion = "labbook-grading-1"

    var folder: URL

    /// The cache key of a run.
    static func key(contentHash: String, key: GradingKey, limits: String, executable: URL) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(toolVersion.utf8))
        hasher.update(data: Data([0]))
        hasher.update(data: Data(stamp(of: executable).utf8))
        hasher.update(data: Data([0]))
        for directive in key.setup {
            hasher.update(data: Data(directive.line.text.utf8))
            hasher.update(data: Data([0x0A]))
        }
        hasher.update(data: Data([0]))
        hasher.update(data: Data(limits.utf8))
        hasher.update(data: Data([0]))
        hasher.update(data: Data(contentHash.utf8))
        return Staging.hex(hasher.finalize())
    }

    /// Size and modification time of the running binary: a rebuilt tool never reuses old runs.
    static func stamp(of executable: URL) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: executable.resolvingSymlinksInPath().path) else {
            return executable.path
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(date)"
    }

    func load(_ key: String) -> RunRecord? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("\(key).json").path) else { return nil }
        return try? RunRecord.decoder.decode(RunRecord.self, from: data)
    }

    func store(_ record: RunRecord, key: String) {
        guard let data = try? RunRecord.encoder.encode(record) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: folder.appendingPathComponent("\(key).json"), options: .atomic)
    }
}
