import Foundation
import LabRuntime
import LabScript
import Notebook

/// In-process helpers: compile a notebook against the real registry, or run it in a scratch folder.
enum Lab {
    /// A notebook with one ```lab block per element of `blocks`, prose between them.
    static func notebook(_ blocks: [String], frontMatter: String? = nil) -> String {
        var text = frontMatter.map { "---\n\($0)\n---\n\n" } ?? ""
        text += "# Test\n"
        for (k, block) in blocks.enumerated() {
            text += "\nBlock \(k + 1).\n\n```lab\n\(block)\n```\n"
        }
        return text
    }

    /// The checked program of `text`.
    static func compile(_ text: String, parameters: [(name: String, value: String)] = []) throws -> CheckedProgram {
        let notebook = try NotebookParser.parse(path: "nb.md", bytes: Array(text.utf8))
        return CheckedProgram.compile(notebook, displayPath: "nb.md", parameters: parameters)
    }

    /// The summaries (`file:line:col: error: message`) of the program's diagnostics.
    static func summaries(_ text: String, parameters: [(name: String, value: String)] = []) throws -> [String] {
        try compile(text, parameters: parameters).diagnostics.map(\.summary)
    }

    /// A fresh folder holding `nb.md`.
    static func scratch(_ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("labrt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: dir.appendingPathComponent("nb.md"))
        return dir
    }

    /// Runs `nb.md` in `dir` in-process.
    static func run(in dir: URL, inPlace: Bool = false, keepGoing: Bool = false,
                    parameters: [(name: String, value: String)] = []) -> RunReport {
        var options = RunOptions(outputDirectory: dir.appendingPathComponent("Outputs"))
        options.inPlace = inPlace
        options.keepGoing = keepGoing
        options.parameters = parameters
        return NotebookRunner.run(dir.appendingPathComponent("nb.md"), displayPath: "nb.md", options: options)
    }

    /// The text of a file under `dir`, or nil.
    static func read(_ path: String, in dir: URL) -> String? {
        (try? Data(contentsOf: dir.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under `dir` (relative path → bytes).
    static func snapshot(_ dir: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url), !url.hasDirectoryPath {
                files[String(url.path.dropFirst(dir.path.count))] = data
            }
        }
        return files
    }
}

/// The `records` of a results JSON document, parsed.
func Records(_ json: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["records"] as? [[String: Any]] ?? []
}
