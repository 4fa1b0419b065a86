import Foundation
import LabRuntime
import Notebook

/// `lab check`: re-executes a notebook into a temporary folder and compares the
/// result with its committed rendering (`Outputs/NAME.md`, `NAME.json`,
/// `NAME/*.svg`, or the regions and figures of an `--in-place` notebook).
public enum NotebookCheck {
    /// How a check runs and what it compares against.
    public struct Options: Sendable {
        /// Where the committed rendering lives (`Outputs`); ignored with `inPlace`.
        public var committedDirectory: URL
        /// The notebook holds its own output regions (`lab run --in-place`).
        public var inPlace = false
        /// Number tolerance.
        public var tolerance = Tolerance()
        /// Data folders and parameters, as for `lab run`.
        public var dataDirectories: [URL] = []
        public var parameters: [(name: String, value: String)] = []
        public var modelsDirectory: URL?
        /// Whether unchanged steps come from the result cache (`.off` re-executes every step).
        public var cache: CacheMode = .off
        /// The cache folder; nil means `.lab-cache/` beside the notebook, as for `lab run`.
        public var cacheDirectory: URL?

        public init(committedDirectory: URL) {
            self.committedDirectory = committedDirectory
        }
    }

    /// Re-executes `url` and compares; nothing in the committed files changes.
    public static func check(_ url: URL, displayPath: String, options: Options) -> CheckReport {
        var report = CheckReport()
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-check-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let name = url.deletingPathExtension().lastPathComponent
        var run = RunOptions(outputDirectory: scratch)
        run.dataDirectories = options.dataDirectories
        run.parameters = options.parameters
        run.modelsDirectory = options.modelsDirectory
        run.cache = options.cache
        // Beside the original notebook even when a copy runs (--in-place), so a check after `lab run` reuses its steps.
        run.cacheDirectory = options.cacheDirectory ?? url.deletingLastPathComponent().appendingPathComponent(".lab-cache")
        let committedMarkdown: URL
        let freshMarkdown: URL
        var source = url
        if options.inPlace {
            // Run a copy beside nothing else; the notebook's own folder stays first on the data path.
            do {
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                let copy = scratch.appendingPathComponent(url.lastPathComponent)
                try FileManager.default.copyItem(at: url, to: copy)
                source = copy
            } catch {
                report.errors.append("\(displayPath): cannot copy into a temporary folder: \(error.localizedDescription)")
                return report
            }
            run.inPlace = true
            run.dataDirectories.insert(url.deletingLastPathComponent(), at: 0)
            committedMarkdown = url
            freshMarkdown = source
        } else {
            committedMarkdown = options.committedDirectory.appendingPathComponent(url.lastPathComponent)
            freshMarkdown = scratch.appendingPathComponent(url.lastPathComponent)
        }
        let ran = NotebookRunner.run(source, displayPath: displayPath, options: run)
        if ran.failed {
            report.errors.append(contentsOf: ran.messages)
            if report.errors.isEmpty { report.errors.append("\(displayPath): the notebook failed to run") }
            return report
        }
        let committedName = options.inPlace ? displayPath : relativeName(committedMarkdown)
        compareMarkdown(fresh: freshMarkdown, committed: committedMarkdown, name: committedName, options: options, into: &report)
        let json = "\(name).json"
        let committedJSON = committedMarkdown.deletingLastPathComponent().appendingPathComponent(json)
        // An --in-place notebook's results sit beside it (when it has them).
        if !options.inPlace || FileManager.default.fileExists(atPath: committedJSON.path) {
            compareFile(fresh: freshMarkdown.deletingLastPathComponent().appendingPathComponent(json),
                        committed: committedJSON, name: relativeName(committedJSON), into: &report) {
                JSONComparison.compare(actual: $0, expected: $1, file: $2, tolerance: options.tolerance)
            }
        }
        compareFigures(fresh: freshMarkdown.deletingLastPathComponent().appendingPathComponent(name),
                       committed: committedMarkdown.deletingLastPathComponent().appendingPathComponent(name),
                       options: options, into: &report)
        return report
    }

    private static func compareMarkdown(fresh: URL, committed: URL, name: String, options: Options,
                                        into report: inout CheckReport) {
        compareFile(fresh: fresh, committed: committed, name: name, into: &report) { actual, expected, file in
            let places = BlockPlaces(markdown: expected, path: file)
            return TextComparison.compare(actual: actual, expected: expected, file: file,
                                          tolerance: options.tolerance, context: places.describe)
        }
    }

    private static func compareFigures(fresh: URL, committed: URL, options: Options, into report: inout CheckReport) {
        let freshNames = svgNames(in: fresh), committedNames = svgNames(in: committed)
        for missing in committedNames.subtracting(freshNames).sorted() {
            report.differences.append(Difference(file: relativeName(committed.appendingPathComponent(missing)), line: 0,
                                                 context: "figures", expected: "this figure", actual: "(no longer drawn)"))
        }
        for extra in freshNames.subtracting(committedNames).sorted() {
            report.differences.append(Difference(file: relativeName(committed.appendingPathComponent(extra)), line: 0,
                                                 context: "figures", expected: "(not committed)", actual: "a new figure"))
        }
        for file in freshNames.intersection(committedNames).sorted() {
            let committedURL = committed.appendingPathComponent(file)
            compareFile(fresh: fresh.appendingPathComponent(file), committed: committedURL,
                        name: relativeName(committedURL), into: &report) { actual, expected, name in
                TextComparison.compare(actual: actual, expected: expected, file: name, tolerance: options.tolerance,
                                       numbersInWords: true, limit: 5) { line in "figure \(file), line \(line)" }
            }
        }
    }

    private static func compareFile(fresh: URL, committed: URL, name: String, into report: inout CheckReport,
                                    _ compare: (String, String, String) -> [Difference]) {
        guard let expected = try? String(contentsOf: committed, encoding: .utf8) else {
            report.differences.append(Difference(file: name, line: 0, context: "the whole file",
                                                 expected: "(missing: run `lab run` and commit it)", actual: "a rendered file"))
            return
        }
        guard let actual = try? String(contentsOf: fresh, encoding: .utf8) else {
            report.errors.append("\(name): the re-executed run wrote no such file")
            return
        }
        if actual == expected { return }
        report.differences += compare(actual, expected, name)
    }

    private static func svgNames(in folder: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".svg") })
    }

    /// The path relative to the working directory when it is inside it.
    static func relativeName(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
