import Crypto
import Foundation

/// Copies a submission into a private folder the run process sees as the
/// notebook's folder, within size limits, so a run can read nothing of other
/// students' work or of the folder the submissions came from.
///
/// Only regular files and folders are copied: symbolic links are left out
/// (and reported), so a link to a file outside cannot be followed.
struct Staging {
    /// Size limits of a submission.
    struct Limits: Sendable {
        var notebookBytes = 8 << 20
        var folderBytes = 64 << 20
        var files = 1000
        var depth = 8
    }

    /// A staged submission.
    struct Staged {
        var folder: URL
        /// The notebook to run, or nil when the folder has none.
        var notebook: URL?
        /// SHA-256 of every staged file's relative path and bytes.
        var contentHash: String
        var notes: [String]
    }

    enum Refusal: Error {
        case tooLarge(String)
        case noNotebook(String)
    }

    /// Stages `submission` into `destination` (created).
    static func stage(_ submission: Submission, into destination: URL, limits: Limits) throws -> Staged {
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        var hasher = SHA256()
        var notes: [String] = []
        let own = try fm.attributesOfItem(atPath: submission.url.path)
        if own[.type] as? FileAttributeType == .typeSymbolicLink {
            throw Refusal.noNotebook("the submission is a symbolic link, which is not followed")
        }
        if !submission.isFolder {
            let size = try fileSize(submission.url)
            guard size <= limits.notebookBytes else {
                throw Refusal.tooLarge("the notebook is \(size) bytes; the limit is \(limits.notebookBytes)")
            }
            let name = "submission.md"
            let target = destination.appendingPathComponent(name)
            let data = try Data(contentsOf: submission.url)
            try data.write(to: target)
            hasher.update(data: Data(name.utf8))
            hasher.update(data: data)
            return Staged(folder: destination, notebook: target, contentHash: hex(hasher.finalize()), notes: notes)
        }
        var total = 0
        var count = 0
        var notebooks: [String] = []
        func copy(_ folder: URL, relative: String, depth: Int) throws {
            guard depth <= limits.depth else { throw Refusal.tooLarge("folders nest deeper than \(limits.depth) levels") }
            let names = try fm.contentsOfDirectory(atPath: folder.path).sorted()
            for name in names {
                let source = folder.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                let attributes = try fm.attributesOfItem(atPath: source.path)
                let type = attributes[.type] as? FileAttributeType
                if type == .typeSymbolicLink {
                    notes.append("`\(path)` is a symbolic link and was left out")
                    continue
                }
                if type == .typeDirectory {
                    try fm.createDirectory(at: destination.appendingPathComponent(path), withIntermediateDirectories: true)
                    try copy(source, relative: path, depth: depth + 1)
                    continue
                }
                guard type == .typeRegular else { notes.append("`\(path)` is not a regular file and was left out"); continue }
                count += 1
                guard count <= limits.files else { throw Refusal.tooLarge("more than \(limits.files) files") }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                total += size
                guard total <= limits.folderBytes else { throw Refusal.tooLarge("the folder holds more than \(limits.folderBytes) bytes") }
                if name.hasSuffix(".md"), !relative.contains("/"), relative.isEmpty {
                    guard size <= limits.notebookBytes else {
                        throw Refusal.tooLarge("\(path) is \(size) bytes; the limit is \(limits.notebookBytes)")
                    }
                    notebooks.append(path)
                }
                let data = try Data(contentsOf: source)
                try data.write(to: destination.appendingPathComponent(path))
                hasher.update(data: Data(path.utf8))
                hasher.update(data: Data([0]))
                hasher.update(data: data)
            }
        }
        try copy(submission.url, relative: "", depth: 0)
        let notebook = notebooks.first { $0 == "submission.md" } ?? notebooks.first { $0.lowercased() != "readme.md" } ?? notebooks.first
        if notebooks.count > 1, let notebook { notes.append("the folder holds several notebooks; graded `\(notebook)`") }
        return Staged(folder: destination, notebook: notebook.map { destination.appendingPathComponent($0) },
                      contentHash: hex(hasher.finalize()), notes: notes)
    }

    private static func fileSize(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
