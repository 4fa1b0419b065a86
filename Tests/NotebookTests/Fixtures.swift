import Foundation
import Notebook

/// Locates and reads this module's test fixtures under `Tests/Fixtures/Notebook/`.
enum Fixtures {
    /// `Tests/Fixtures/Notebook`, found from this file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()      // NotebookTests
        .deletingLastPathComponent()      // Tests
        .appendingPathComponent("Fixtures")
        .appendingPathComponent("Notebook")

    /// The round-trip corpus: every `*.md` directly in the fixture folder, sorted.
    static let corpus: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    /// The bytes of fixture `name` (a path relative to the fixture folder).
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// Parses fixture `name`.
    static func parse(_ name: String) throws -> ParsedNotebook {
        try NotebookParser.parse(path: name, bytes: bytes(name))
    }
}

/// Parses an in-memory notebook.
func parse(_ text: String, path: String = "nb.md") throws -> ParsedNotebook {
    try NotebookParser.parse(path: path, bytes: Array(text.utf8))
}

/// The error `parse` throws for `bytes`, or nil.
func parseError(_ bytes: [UInt8], path: String = "nb.md") -> NotebookError? {
    do {
        _ = try NotebookParser.parse(path: path, bytes: bytes)
        return nil
    } catch let error as NotebookError {
        return error
    } catch {
        return nil
    }
}

/// A typical region body for block `index`: a pipe table, an image and some Unicode.
func sampleBody(_ index: Int) -> String {
    "| model | accuracy |\n|---|---|\n| tree | 0.9466666666666667 |\n\n![ROC curve](nb/roc-\(index).svg)\n\nprécision ✓ 📊"
}
