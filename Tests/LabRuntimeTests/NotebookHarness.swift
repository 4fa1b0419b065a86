import Foundation
import LabRuntime

/// Runs a notebook in-process (no subprocess) in a fresh scratch folder.
struct NotebookHarness {
    var report: RunReport
    var folder: URL

    /// Writes `files` and `notebook` (as `nb.md`) to a scratch folder and runs it.
    init(_ notebook: String, files: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("labruntime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let url = folder.appendingPathComponent("nb.md")
        try Data(notebook.utf8).write(to: url)
        var options = RunOptions(outputDirectory: folder.appendingPathComponent("Outputs"))
        options.dataDirectories = ProcessInfo.processInfo.environment["LAB_DATA_DIR"].map { [URL(fileURLWithPath: $0)] } ?? []
        report = NotebookRunner.run(url, displayPath: "nb.md", options: options)
    }

    /// Removes the scratch folder (callers `defer` it).
    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The results records (`Outputs/nb.json`).
    func records() throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("Outputs/nb.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["records"] as? [[String: Any]] ?? []
    }

    /// The results records decoded exactly (`JSONSerialization` can be an ulp off on Linux).
    func exactRecords() throws -> [ExactJSON] {
        let data = try Data(contentsOf: folder.appendingPathComponent("Outputs/nb.json"))
        return try JSONDecoder().decode(ExactJSON.self, from: data)["records"].array
    }

    /// The rendered notebook (`Outputs/nb.md`).
    func markdown() throws -> String {
        try String(contentsOf: folder.appendingPathComponent("Outputs/nb.md"), encoding: .utf8)
    }

    /// A notebook of one lab block.
    static func block(_ lines: String) -> String { "# T\n\n```lab\n\(lines)\n```\n" }
}

/// A JSON value whose numbers are parsed to the nearest double (`JSONDecoder`).
enum ExactJSON: Decodable {
    case int(Int), double(Double), bool(Bool), string(String), array([ExactJSON]), object([String: ExactJSON]), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([ExactJSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: ExactJSON].self)) }
    }

    subscript(key: String) -> ExactJSON { if case .object(let o) = self { return o[key] ?? .null }; return .null }
    var double: Double? {
        switch self { case .int(let i): return Double(i); case .double(let d): return d; default: return nil }
    }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var array: [ExactJSON] { if case .array(let a) = self { return a }; return [] }
    var ints: [Int]? {
        let a = array.compactMap { v -> Int? in if case .int(let i) = v { return i }; return nil }
        return a.count == array.count ? a : nil
    }
    var doubles: [Double]? { let a = array.compactMap(\.double); return a.count == array.count ? a : nil }
}
