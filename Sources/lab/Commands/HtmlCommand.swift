import ArgumentParser
import Foundation
import LabRuntime
import Progress

/// `lab html NOTEBOOK…`: run notebooks (through the cache) and write each as one self-contained HTML page.
struct HtmlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Write each notebook as one self-contained HTML page (Outputs/NAME.html).",
        discussion: """
            Runs the notebook like `lab run` (unchanged steps come from the cache) and
            writes one page: the prose through cmark, result tables as HTML tables,
            charts as inline SVG, a small stylesheet. The page makes no outside request.

            Examples:
              lab html Notebooks/evaluation-metrics.md
              lab html lab.md --output-dir site --param depth=5
            """
    )

    @Argument(help: "Markdown notebooks.")
    var notebooks: [String]

    @Option(name: .long, help: "Folder for the pages.")
    var outputDir = "Outputs"

    @Option(name: .customLong("param"), help: "Override a notebook parameter, NAME=VALUE (repeatable).")
    var parameters: [String] = []

    @Option(name: .customLong("data-dir"), help: "Folder searched for data after the notebook's own (repeatable; then LAB_DATA_DIR).")
    var dataDirectories: [String] = []

    @Flag(name: .long, help: "Neither read nor write the result cache.")
    var noCache = false

    @Flag(name: .long, help: "No progress bars.")
    var quiet = false

    func validate() throws {
        try ParameterArguments.validate(parameters)
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = RunOptions(outputDirectory: URL(fileURLWithPath: outputDir, relativeTo: cwd).standardizedFileURL)
        options.parameters = ParameterArguments.parse(parameters)
        var dataDirectories = self.dataDirectories
        if let env = ProcessInfo.processInfo.environment["LAB_DATA_DIR"], !env.isEmpty {
            dataDirectories += env.split(separator: ":").map(String.init)
        }
        options.dataDirectories = dataDirectories.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        options.modelsDirectory = ModelDirectory.default()
        options.cache = noCache ? .off : .readWrite
        options.cacheDirectory = CacheFolder.fromEnvironment(relativeTo: cwd)
        options.progress = ProgressReporter.standardError(quiet: quiet)
        var failed = false
        for notebook in notebooks {
            let url = URL(fileURLWithPath: notebook, relativeTo: cwd).standardizedFileURL
            let report = NotebookRunner.html(url, displayPath: notebook, options: options)
            for message in report.messages {
                StandardErrorStream.writeLine(message)
            }
            if report.failed { failed = true; break }
            print("wrote \(report.written.map(\.path).joined(separator: ", "))")
        }
        if failed { throw ExitCode(1) }
    }
}
