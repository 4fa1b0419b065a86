import Foundation

/// Finds installed model directories.
public struct ModelFiles {
    /// The folders searched for named models, in order: `$LAB_MODELS_DIR`, then
    /// `~/.cache/labbook/models`.
    public static func searchPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var roots: [URL] = []
        if let custom = environment["LAB_MODELS_DIR"], !custom.isEmpty {
            roots.append(URL(fileURLWithPath: custom, isDirectory: true))
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        roots.append(home.appendingPathComponent(".cache/labbook/models", isDirectory: true))
        return roots
    }

    /// The directory of model `name`: a path (containing `/` or starting with `.` or `~`)
    /// is used as given; a bare name such as `minilm` is looked up in `searchPath`.
    /// A directory qualifies when it holds `config.json` and `model.safetensors`.
    /// - Throws: `TransformerError.modelNotFound`, whose message names `bash scripts/fetch-model.sh`.
    public static func locate(name: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let isPath = name.contains("/") || name.hasPrefix(".") || name.hasPrefix("~")
        let candidates: [URL] = isPath
            ? [URL(fileURLWithPath: (name as NSString).expandingTildeInPath, isDirectory: true)]
            : searchPath(environment: environment).map { $0.appendingPathComponent(name, isDirectory: true) }
        for directory in candidates where isModelDirectory(directory) {
            return directory
        }
        throw TransformerError.modelNotFound(name: name, searched: candidates.map(\.path))
    }

    /// Whether `directory` holds `config.json` and `model.safetensors`.
    public static func isModelDirectory(_ directory: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: directory.appendingPathComponent("config.json").path)
            && manager.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path)
    }
}
