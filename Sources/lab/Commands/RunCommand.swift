import ArgumentParser
import Foundation
import LabRuntime
import Progress

/// `lab run NOTEBOOK…`: execute notebooks and write their outputs.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Execute notebooks and write Outputs/NAME.md, Outputs/NAME.json and Outputs/NAME/*.svg.",
        discussion: """
            The whole notebook is parsed and checked before anything runs. On an error
            the run stops, prints a located message (file:line:col) and exits 1 without
            touching any file, unless --keep-going is given.

            Examples:
              lab run Notebooks/quickstart.md
              lab run Notebooks/*.md --data-dir ../shared/datasets
              lab run lab.md --in-place --param depth=5
            """
    )

    @Argument(help: "Markdown notebooks to run.")
    var notebooks: [String]

    @Flag(name: .long, help: "Write output regions into the notebook itself instead of Outputs/.")
    var inPlace = false

    @Option(name: .long, help: "Folder for rendered notebooks, results and figures.")
    var outputDir = "Outputs"

    @Option(name: .long, help: "Also write the results JSON (one notebook) to this file.")
    var results: String?

    @Option(name: .customLong("param"), help: "Override a notebook parameter, NAME=VALUE (repeatable).")
    var parameters: [String] = []

    @Option(name: .customLong("data-dir"), help: "Folder searched for data after the notebook's own (repeatable; then LAB_DATA_DIR).")
    var dataDirectories: [String] = []

    @Flag(name: .long, help: "Keep running after an error; the error is shown in its block's output region.")
    var keepGoing = false

    @Flag(name: .long, help: "Put SVG charts inline in the Markdown instead of separate files.")
    var embedSVG = false

    @Flag(name: .long, help: "Neither read nor write the result cache (.lab-cache/ beside the notebook, or LAB_CACHE_DIR).")
    var noCache = false

    @Flag(name: .long, help: "Recompute every step and overwrite its cache entries.")
    var force = false

    @Flag(name: .long, help: "Say for each step that ran why it could not come from the cache.")
    var explain = false

    @Flag(name: .long, help: "No per-step lines and no progress bars.")
    var quiet = false

    func validate() throws {
        try ParameterArguments.validate(parameters)
        if noCache, force {
            throw ValidationError("--no-cache and --force exclude each other (--force recomputes and rewrites the cache)")
        }
        if results != nil, notebooks.count > 1 {
            throw ValidationError("--results takes one notebook at a time")
        }
        try OutputPlan(notebooks: notebooks, outputDirectory: outputDir, results: results, inPlace: inPlace).validate()
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = RunOptions(outputDirectory: URL(fileURLWithPath: outputDir, relativeTo: cwd).standardizedFileURL)
        options.inPlace = inPlace
        options.keepGoing = keepGoing
        options.embedSVG = embedSVG
        options.resultsFile = results.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        options.parameters = ParameterArguments.parse(parameters)
        var dataDirectories = self.dataDirectories
        if let env = ProcessInfo.processInfo.environment["LAB_DATA_DIR"], !env.isEmpty {
            dataDirectories += env.split(separator: ":").map(String.init)
        }
        options.dataDirectories = dataDirectories.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        options.modelsDirectory = ModelDirectory.default()
        options.cache = noCache ? .off : force ? .force : .readWrite
        options.cacheDirectory = CacheFolder.fromEnvironment(relativeTo: cwd)
        options.explain = explain
        options.progress = ProgressReporter.standardError(quiet: quiet)
        if !quiet {
            options.onStep = { step in
                print(step.summary)
                fflush(stdout)
            }
        }
        var failed = false
        var usage = false
        for notebook in notebooks {
            let url = URL(fileURLWithPath: notebook, relativeTo: cwd).standardizedFileURL
            let report = NotebookRunner.run(url, displayPath: notebook, options: options)
            for message in report.messages {
                Console.error(message)
            }
            if report.usageError { usage = true; break }
            if report.failed {
                failed = true
                if !keepGoing { break }
            } else {
                print("ran \(notebook) → \(report.written.map { relative($0.path, to: cwd.path) }.joined(separator: ", "))")
            }
        }
        if usage { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }

    private func relative(_ path: String, to base: String) -> String {
        path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
