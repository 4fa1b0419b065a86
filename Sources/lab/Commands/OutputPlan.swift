import ArgumentParser
import Foundation

/// Checks, before anything runs, that `lab run`'s outputs cannot destroy its inputs:
/// no output lands on a source notebook, no two notebooks share an output name,
/// and `--results` / `--output-dir` name a regular file / a folder (or nothing yet).
struct OutputPlan {
    var notebooks: [String]
    var outputDirectory: String
    var results: String?
    var inPlace: Bool

    func validate() throws {
        let sources = Set(notebooks.map(Self.canonical))
        if let results {
            if sources.contains(Self.canonical(results)) {
                throw ValidationError("--results '\(results)' is a source notebook; it would be replaced by JSON")
            }
            if let kind = Self.nonRegularKind(results) {
                throw ValidationError("--results '\(results)' is \(kind), not a file")
            }
        }
        guard !inPlace else { return }
        if FileManager.default.fileExists(atPath: outputDirectory) {
            let kind = Self.nonRegularKind(outputDirectory) ?? "a file"
            if kind != "a folder" { throw ValidationError("--output-dir '\(outputDirectory)' is \(kind), not a folder") }
        }
        var seen: [String: String] = [:]
        for notebook in notebooks {
            let file = URL(fileURLWithPath: notebook).lastPathComponent
            if let first = seen[file] {
                throw ValidationError("'\(first)' and '\(notebook)' would both be written to \(outputDirectory)/\(file); run them with different --output-dir")
            }
            seen[file] = notebook
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            for output in [file, "\(stem).json"] {
                let path = Self.canonical(URL(fileURLWithPath: outputDirectory).appendingPathComponent(output).path)
                if sources.contains(path) {
                    throw ValidationError("--output-dir '\(outputDirectory)' would overwrite the source notebook '\(notebook)'")
                }
                if let results, Self.canonical(results) == path {
                    throw ValidationError("--results '\(results)' is where the run writes '\(output)'; choose another file")
                }
            }
        }
    }

    /// The path with links resolved (the folder's, when the file does not exist yet).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let real = realPath(url.path) { return real }
        if let folder = realPath(url.deletingLastPathComponent().path) {
            return URL(fileURLWithPath: folder).appendingPathComponent(url.lastPathComponent).path
        }
        return url.path
    }

    /// What an existing path is when it is not a regular file (following links); nil otherwise.
    static func nonRegularKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
