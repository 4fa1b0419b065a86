import Foundation

/// Finds data files for a notebook, confined to the notebook's folder and the
/// data path (`--data-dir`, then `LAB_DATA_DIR`).
///
/// A reference resolves to a real path (symbolic links followed) that must lie
/// inside one of those roots: `..` escapes, absolute paths elsewhere and links
/// pointing out are refused.
public struct DataLocator: Sendable {
    /// Roots searched in order: the notebook's folder first, then the data path.
    public let roots: [URL]
    /// The confinement every file read through this locator goes through (the same roots).
    public let confinement: FileConfinement

    /// Creates a locator for a notebook in `notebookDirectory` with extra data folders.
    public init(notebookDirectory: URL, dataDirectories: [URL]) {
        roots = ([notebookDirectory] + dataDirectories).map { $0.standardizedFileURL.resolvingSymlinksInPath() }
        confinement = FileConfinement(roots: roots)
    }

    /// File extensions `load` reads, by format.
    public static let extensions = ["csv", "tsv", "jsonl"]

    /// Resolves a quoted path written in a notebook.
    /// - Throws: `DataError` when it escapes the roots or does not exist.
    public func resolve(path: String) throws -> URL {
        if path.hasPrefix("/") {
            let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            guard inside(url) else {
                throw DataError("'\(path)' is outside the notebook's folder and the data path; absolute paths must lie inside them")
            }
            guard exists(url) else { throw DataError("no such file: '\(path)'") }
            return url
        }
        var escaped = false
        for root in roots {
            let url = root.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
            guard inside(url) else { escaped = true; continue }
            if exists(url) { return url }
        }
        if escaped {
            throw DataError("'\(path)' leads outside the notebook's folder and the data path; data must stay inside them")
        }
        throw DataError("no such file: '\(path)' (looked in \(roots.map(\.path).joined(separator: ", ")))")
    }

    /// Finds a dataset by bare name: a folder `NAME/` of split files or a file
    /// `NAME.csv` / `.tsv` / `.jsonl` in the first root that has one.
    public func find(name: String) -> URL? {
        for root in roots {
            let folder = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
               inside(folder.resolvingSymlinksInPath()) {
                return folder.resolvingSymlinksInPath()
            }
            for ext in Self.extensions {
                let file = root.appendingPathComponent("\(name).\(ext)").resolvingSymlinksInPath()
                if exists(file), inside(file) { return file }
            }
        }
        return nil
    }

    private func inside(_ url: URL) -> Bool {
        guard let real = FileConfinement.realPath(url.path) else {
            let path = url.path
            return roots.contains { root in path == root.path || path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") }
        }
        return confinement.contains(realPath: real)
    }

    private func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }
}
