import Foundation

/// Where test inputs live, found from this file's path (symlinks resolved).
enum TestPaths {
    /// The repository root (…/Tests/TextFeaturesTests/TestPaths.swift, three levels up).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/TextFeatures/NAME`.
    static func fixture(_ name: String) -> URL {
        repoRoot.appendingPathComponent("Tests/Fixtures/TextFeatures").appendingPathComponent(name)
    }

    /// The shared folder beside the clone (`../shared`).
    static let shared: URL = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// `${LAB_MODELS_DIR:-~/.cache/labbook/models}/minilm`.
    static let minilm: URL = {
        if let dir = ProcessInfo.processInfo.environment["LAB_MODELS_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir).appendingPathComponent("minilm")
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".cache/labbook/models/minilm")
    }()

    /// True when the real model's tokenizer files are installed.
    static let hasMiniLM: Bool =
        FileManager.default.fileExists(atPath: minilm.appendingPathComponent("tokenizer.json").path)
        && FileManager.default.fileExists(atPath: minilm.appendingPathComponent("vocab.txt").path)

    /// The golden WordPiece files (`../shared/golden/wordpiece/*.jsonl`), sorted.
    static var wordpieceGoldenFiles: [URL] {
        let dir = shared.appendingPathComponent("golden/wordpiece")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Reads a JSON-lines file into objects.
    static func jsonLines(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }
}
