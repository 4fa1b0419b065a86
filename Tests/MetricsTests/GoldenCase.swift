import Foundation
import Metrics

/// One `golden/metrics/*.json` case, with its labels mapped to integer codes.
struct GoldenCase {
    let file: String
    let root: GoldenJSON
    let inputs: GoldenJSON
    let outputs: GoldenJSON
    let codec: LabelCodec

    /// The folder of golden metric cases: `../shared/golden/metrics` beside the repository,
    /// or `$METRICS_GOLDEN_DIR` when set (to run another set of the same schema).
    static var folder: URL {
        if let override = ProcessInfo.processInfo.environment["METRICS_GOLDEN_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let testFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repoRoot = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repoRoot.deletingLastPathComponent().appendingPathComponent("shared/golden/metrics")
    }

    /// File names of every case in the folder, sorted (empty when the folder is missing).
    static func fileNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Reads and parses a case.
    init(file: String) throws {
        self.file = file
        let text = try String(contentsOf: GoldenCase.folder.appendingPathComponent(file), encoding: .utf8)
        root = try GoldenJSONParser.parse(text)
        inputs = root["inputs"] ?? .null
        outputs = root["outputs"] ?? .null
        codec = LabelCodec(labels: inputs["labels"]?.elements ?? [])
    }

    var kind: String { root["kind"]?.string ?? "" }

    /// The warnings scikit-learn raised, by output key, as `"Category: message"` sets.
    var expectedWarnings: [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (key, list) in root["warnings"]?.members ?? [] {
            result[key] = Set(list.elements.compactMap(\.string))
        }
        return result
    }
}

/// Maps JSON labels of any type to `Int` codes: the position in `labels`, then fresh
/// codes (after the last label) for values outside `labels`, in order of appearance.
final class LabelCodec {
    private(set) var values: [GoldenJSON]

    init(labels: [GoldenJSON]) { values = labels }

    /// The code of a label value.
    func code(_ value: GoldenJSON) -> Int {
        if let index = values.firstIndex(of: value) { return index }
        values.append(value)
        return values.count - 1
    }

    /// Codes of an array of label values.
    func codes(_ array: GoldenJSON?) -> [Int] { (array?.elements ?? []).map(code) }

    /// The label value of a code.
    func value(_ code: Int) -> GoldenJSON { values[code] }
}

/// Collects differences between our results and scikit-learn's.
final class GoldenComparison {
    let file: String
    private(set) var issues: [String] = []
    /// Warnings we produced, by golden output key.
    private(set) var producedWarnings: [String: Set<String>] = [:]
    private(set) var checkedValues = 0

    init(file: String) { self.file = file }

    func fail(_ path: String, _ message: String) { issues.append("\(file) \(path): \(message)") }

    /// Records warnings produced for `key`.
    func warned(_ key: String, _ warnings: [MetricWarning]) {
        if warnings.isEmpty { return }
        producedWarnings[key, default: []].formUnion(warnings.map(\.description))
    }

    /// Floats agree within 1e-12 relative (NaN = NaN, infinities exactly).
    func close(_ path: String, _ actual: Double, _ expected: GoldenJSON?) {
        checkedValues += 1
        guard let wanted = expected?.double else { return fail(path, "expected a number, golden has \(expected.map(\.compact) ?? "nothing")") }
        if wanted.isNaN && actual.isNaN { return }
        if wanted.isInfinite || actual.isInfinite || wanted.isNaN || actual.isNaN {
            if wanted != actual { fail(path, "got \(actual), expected \(wanted)") }
            return
        }
        let tolerance = wanted == 0 ? 1e-15 : 1e-12 * max(abs(wanted), abs(actual))
        if abs(actual - wanted) > tolerance { fail(path, "got \(actual), expected \(wanted)") }
    }

    /// Float arrays: same length, element-wise `close`.
    func close(_ path: String, _ actual: [Double], _ expected: GoldenJSON?) {
        let wanted = expected?.elements ?? []
        if actual.count != wanted.count { return fail(path, "length \(actual.count), expected \(wanted.count)") }
        for (index, value) in actual.enumerated() { close("\(path)[\(index)]", value, wanted[index]) }
    }

    /// Integers exactly.
    func exact(_ path: String, _ actual: Int, _ expected: GoldenJSON?) {
        checkedValues += 1
        if expected?.double != Double(actual) { fail(path, "got \(actual), expected \(expected.map(\.compact) ?? "nothing")") }
    }

    /// A golden `{labels, matrix}` against our matrix over the same labels.
    func matrix(_ path: String, _ actual: [[Int]], _ expected: GoldenJSON?) {
        let rows = expected?["matrix"]?.elements ?? []
        if rows.count != actual.count { return fail(path, "\(actual.count) rows, expected \(rows.count)") }
        for (i, row) in actual.enumerated() {
            let wanted = rows[i].elements
            if wanted.count != row.count { fail("\(path)[\(i)]", "length \(row.count), expected \(wanted.count)"); continue }
            for (j, count) in row.enumerated() { exact("\(path)[\(i)][\(j)]", count, wanted[j]) }
        }
    }

    /// Runs `body` for an output; when the golden output is an error, expects a throw instead.
    func check(_ path: String, _ expected: GoldenJSON?, _ body: () throws -> Void) {
        guard let expected else { return fail(path, "missing in golden file") }
        if let message = expected.errorMessage {
            let issuesBefore = issues.count
            do {
                try body()
                issues.removeSubrange(issuesBefore...)
                fail(path, "scikit-learn raised \(message) but we returned a value")
            } catch {
                issues.removeSubrange(issuesBefore...)
                checkedValues += 1
            }
            return
        }
        do { try body() } catch { fail(path, "threw \(error)") }
    }

    /// Compares produced warnings with the golden ones, key by key.
    func compareWarnings(_ expected: [String: Set<String>]) {
        for key in Set(expected.keys).union(producedWarnings.keys).sorted() {
            let wanted = expected[key] ?? [], got = producedWarnings[key] ?? []
            checkedValues += 1
            if wanted != got { fail("warnings.\(key)", "got \(got.sorted()), expected \(wanted.sorted())") }
        }
    }
}
