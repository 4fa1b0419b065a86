import Foundation

/// The data path shared by commands that execute notebooks: `--data-dir`
/// folders first, then `LAB_DATA_DIR` (colon-separated), resolved against the working directory.
enum DataPath {
    static func folders(_ given: [String]) -> [URL] {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var all = given
        if let env = ProcessInfo.processInfo.environment["LAB_DATA_DIR"], !env.isEmpty {
            all += env.split(separator: ":").map(String.init)
        }
        return all.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
    }
}
