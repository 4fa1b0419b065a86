import Foundation

/// Where `run`, `check` and `html` keep the result cache.
enum CacheFolder {
    /// `LAB_CACHE_DIR` (relative to `cwd`) when set and not empty; nil means
    /// `.lab-cache/` beside each notebook.
    static func fromEnvironment(relativeTo cwd: URL) -> URL? {
        guard let dir = ProcessInfo.processInfo.environment["LAB_CACHE_DIR"], !dir.isEmpty else { return nil }
        return URL(fileURLWithPath: dir, relativeTo: cwd).standardizedFileURL
    }
}
