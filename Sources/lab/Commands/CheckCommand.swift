import ArgumentParser
import Foundation
import Progress
import LabRuntime
import OutputCheck

/// `lab check NOTEBOOK…`: is the committed rendering what the notebook computes today?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-execute notebooks and compare with their committed Outputs/ (exit 1 with a diff when they differ).",
        discussion: """
            Each notebook runs into a temporary folder; its Markdown, results JSON and SVG
            figures are compared with the committed ones: text exactly, numbers within
            |now - committed| <= atol + rtol * |committed|, figures by structure and numbers.
            Nothing committed is changed. Differences name the file, the line and the lab block.

            Examples:
              lab check Notebooks/*.md
              lab check lab.md --in-place --rtol 1e-6
            """
    )

    @Argument(help: "Markdown notebooks to check.")
    var notebooks: [String]

    @Flag(name: .long, help: "The notebooks hold their own output regions (rendered with lab run --in-place).")
    var inPlace = false

    @Option(name: .long, help: "Folder of the committed renderings.")
    var outputDir = "Outputs"

    @Option(name: .long, help: "Relative tolerance for numbers (default 1e-9).")
    var rtol = 1e-9

    @Option(name: .long, help: "Absolute tolerance for numbers (default 0).")
    var atol = 0.0

    @Option(name: .customLong("data-dir"), help: "Folder searched for data after the notebook's own (repeatable; then LAB_DATA_DIR).")
    var dataDirectories: [String] = []

    @Option(name: .customLong("param"), help: "Override a notebook parameter, NAME=VALUE (repeatable).")
    var parameters: [String] = []

    @Flag(name: .long, help: "Re-execute every step instead of taking unchanged ones from the result cache (.lab-cache/ beside the notebook, or LAB_CACHE_DIR).")
    var noCache = false

    func validate() throws {
        guard rtol >= 0, atol >= 0, rtol.isFinite, atol.isFinite else {
            throw ValidationError("--rtol and --atol must be finite and not negative")
        }
        try ParameterArguments.validate(parameters)
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = NotebookCheck.Options(committedDirectory: URL(fileURLWithPath: outputDir, relativeTo: cwd).standardizedFileURL)
        options.inPlace = inPlace
        options.tolerance = Tolerance(relative: rtol, absolute: atol)
        options.dataDirectories = DataPath.folders(dataDirectories)
        options.modelsDirectory = ModelDirectory.default()
        options.parameters = ParameterArguments.parse(parameters)
        options.cache = noCache ? .off : .readWrite
        options.cacheDirectory = CacheFolder.fromEnvironment(relativeTo: cwd)
        var failed = 0
        for notebook in notebooks {
            let url = URL(fileURLWithPath: notebook, relativeTo: cwd).standardizedFileURL
            let report = NotebookCheck.check(url, displayPath: notebook, options: options)
            if report.passed {
                print("ok \(notebook)")
                continue
            }
            failed += 1
            var text = "FAIL \(notebook)\n"
            for error in report.errors { text += error + "\n" }
            for difference in report.differences { text += difference.description + "\n" }
            if report.differences.count >= 20 { text += "(first differences only)\n" }
            StandardErrorStream.write(text)
        }
        if failed > 0 {
            StandardErrorStream.write("\(failed) of \(notebooks.count) notebooks differ from their committed output; run `lab run` and commit, or fix the notebook\n")
            throw ExitCode(1)
        }
    }
}
