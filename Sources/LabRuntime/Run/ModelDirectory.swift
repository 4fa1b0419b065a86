import Foundation

/// Where pre-trained model files are cached.
public enum ModelDirectory {
    /// `LAB_MODELS_DIR`, else `~/.cache/labbook/models`.
    public static func `default`() -> URL {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["LAB_MODELS_DIR"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        let home = env["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/labbook/models")
    }
}
