import Foundation
@testable import LabRuntime

/// A notebook in a scratch folder, run in-process with its own result cache.
final class CacheScratch {
    let directory: URL
    let notebook: URL
    let cacheDirectory: URL

    init(_ text: String, files: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lab-cache-test-\(UUID().uuidString)")
        cacheDirectory = directory.appendingPathComponent("cache")
        notebook = directory.appendingPathComponent("nb.md")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (path, content) in files { try write(path, content) }
        try write("nb.md", text)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func write(_ path: String, _ content: String) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    /// Runs the notebook into `output` (a folder name) and returns the report.
    @discardableResult
    func run(_ cache: CacheMode = .readWrite, output: String = "out", explain: Bool = false,
             notes: CacheNotes? = nil) -> RunReport {
        var options = RunOptions(outputDirectory: directory.appendingPathComponent(output))
        options.cache = cache
        options.cacheDirectory = cacheDirectory
        options.explain = explain
        options.cacheNote = notes.map { n in { n.append($0) } }
        return NotebookRunner.run(notebook, displayPath: "nb.md", options: options)
    }

    /// Every output file's bytes by relative path.
    func outputs(_ output: String = "out") -> [String: Data] {
        let root = directory.appendingPathComponent(output)
        var result: [String: Data] = [:]
        for sub in FileManager.default.subpaths(atPath: root.path) ?? [] {
            let url = root.appendingPathComponent(sub)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[sub] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }

    /// Every entry file in the cache.
    var entryFiles: [URL] {
        let entries = cacheDirectory.appendingPathComponent("entries")
        return (FileManager.default.subpaths(atPath: entries.path) ?? []).map { entries.appendingPathComponent($0) }
            .filter { !$0.hasDirectoryPath && $0.lastPathComponent.count == 64 }
    }
}

/// Cache notes collected from a run.
final class CacheNotes: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

extension RunReport {
    /// The directive text of the steps with `status`.
    func steps(_ status: StepReport.Status) -> [String] {
        steps.filter { $0.status == status }.map(\.directive)
    }
}
