import Foundation
import LabCache
import LabCore

/// Something outside the session a step looked up. The cache records a step's
/// probes and, on the next run, asks them again: the answers (resolved paths
/// and the content of the files there) are part of the step's key.
enum InputProbe: Hashable {
    /// A quoted path resolved in the notebook's folder and the data path.
    case resolve(String)
    /// A bare dataset name searched for in those folders.
    case find(String)
    /// A folder read whole (a model's files).
    case folder(URL)
    /// Where named pre-trained models are installed.
    case modelsRoot

    /// The probe as one line, for the cache's manifest.
    var encoded: String {
        switch self {
        case .resolve(let path): return "resolve\t" + path
        case .find(let name): return "find\t" + name
        case .folder(let url): return "folder\t" + url.path
        case .modelsRoot: return "models"
        }
    }

    init?(encoded: String) {
        let parts = encoded.split(separator: "\t", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count) {
        case ("resolve"?, 2): self = .resolve(parts[1])
        case ("find"?, 2): self = .find(parts[1])
        case ("folder"?, 2): self = .folder(URL(fileURLWithPath: parts[1]))
        case ("models"?, 1): self = .modelsRoot
        default: return nil
        }
    }

    /// The answer now: where the probe leads and a digest of what is there.
    func answer(locator: DataLocator, modelsDirectory: URL?, digests: FileDigests) -> String {
        switch self {
        case .resolve(let path):
            guard let url = try? locator.resolve(path: path) else { return "missing" }
            return InputProbe.describe(url, digests)
        case .find(let name):
            guard let url = locator.find(name: name) else { return "none" }
            return InputProbe.describe(url, digests)
        case .folder(let url):
            return InputProbe.describe(url, digests)
        case .modelsRoot:
            return modelsDirectory?.path ?? "default"
        }
    }

    /// The path and the content digest of a file, or of every file in a folder (sorted, recursive).
    static func describe(_ url: URL, _ digests: FileDigests) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return url.path + " missing" }
        guard isDirectory.boolValue else { return url.path + " " + (digests.digest(of: url)?.hex ?? "unreadable") }
        let files = (FileManager.default.subpaths(atPath: url.path) ?? []).sorted().filter { sub in
            var dir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(sub).path, isDirectory: &dir) && !dir.boolValue
        }
        return url.path + "/\n" + files.map { sub in
            "  " + sub + " " + (digests.digest(of: url.appendingPathComponent(sub))?.hex ?? "unreadable")
        }.joined(separator: "\n")
    }
}

extension InputProbe {
    /// One `(label, value)` per file behind an answer, for `--explain` ("file `…/train.jsonl`").
    static func explainLines(_ probe: InputProbe, _ answer: String) -> [(String, String)] {
        if case .modelsRoot = probe { return [("the models folder", answer)] }
        let lines = answer.split(separator: "\n").map(String.init)
        guard let first = lines.first else { return [] }
        if first.hasSuffix("/") {
            let folder = String(first.dropLast())
            return lines.dropFirst().map { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let cut = trimmed.lastIndex(of: " ") ?? trimmed.endIndex
                return ("file `\(folder)/\(trimmed[..<cut])`", String(trimmed[cut...]).trimmingCharacters(in: .whitespaces))
            } + [("the files in `\(folder)`", String(lines.count - 1))]
        }
        switch probe {
        case .resolve(let path): return [("data path `\(path)`", first)]
        case .find(let name): return [("data named `\(name)`", first)]
        default: return [("file", first)]
        }
    }
}
