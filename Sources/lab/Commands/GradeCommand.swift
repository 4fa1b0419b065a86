import ArgumentParser
import Foundation
import Progress
import Grading
import LabRuntime

/// `lab grade`: grade a class by re-executing submissions against a key.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade submissions by re-executing them against a key; merge shard results.",
        subcommands: [GradeClassCommand.self, GradeMergeCommand.self],
        defaultSubcommand: GradeClassCommand.self
    )
}

/// `lab grade --key KEY.md SUBMISSION…`.
struct GradeClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: "Grade submissions (notebook files, or folders with a notebook and its data) against a key notebook.",
        discussion: """
            Each submission runs in its own process with a wall-time limit and a memory cap,
            several at once. The key's expect lines (with points=, partial=T:P,…, message=,
            visibility=visible|hidden|after_due_date) are evaluated on each submission's
            session; a submission's own expect lines are ignored for scoring. Writes, under
            --out: gradebook.csv/json, canvas.csv, junit.xml, similarity.md,
            feedback/STUDENT.md and gradescope/STUDENT/results.json. Runs are cached in
            --out/.runs: re-grading after a change of thresholds or points re-runs nothing.

            Examples:
              lab grade --key key.md submissions/*
              lab grade --key key.md submissions/* --shard 2/8 --out grades/shard-2
              lab grade --gradescope --key /autograder/source/key.md
            """
    )

    @Option(name: .long, help: "The key notebook.")
    var key: String

    @Argument(help: "Submissions: notebook files or folders.")
    var submissions: [String] = []

    @Option(name: .long, help: "Folder for the gradebook, feedback and reports.")
    var out = "grades"

    @Option(name: .customLong("data-dir"), help: "Folder searched for data after the submission's own (repeatable; then LAB_DATA_DIR).")
    var dataDirectories: [String] = []

    @Option(name: .long, help: "Submissions graded at once (default: the core count).")
    var jobs: Int?

    @Option(name: .long, help: "Wall-time limit per submission, in seconds.")
    var timeout: Double = 120

    @Option(name: .customLong("memory-mb"), help: "Memory cap per submission, in MiB.")
    var memoryMB: Int = 2048

    @Option(name: .long, help: "Grade only a deterministic share I/N of the submissions.")
    var shard: String?

    @Option(name: .long, help: "CSV with a 'submission' column and Canvas's Student, ID, SIS User ID, SIS Login ID, Section.")
    var roster: String?

    @Flag(name: .long, help: "Do not reuse or keep runs for re-grading.")
    var noCache = false

    @Flag(name: .long, help: "Show after_due_date checks in the feedback.")
    var afterDueDate = false

    @Flag(name: .long, help: "Gradescope autograder mode: one submission folder in, results.json out.")
    var gradescope = false

    @Option(name: .long, help: "Gradescope mode: the submission folder.")
    var submission = "/autograder/submission"

    @Option(name: .long, help: "Gradescope mode: where to write results.json.")
    var results = "/autograder/results/results.json"

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard memoryMB >= 64 else { throw ValidationError("--memory-mb must be at least 64") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !gradescope, submissions.isEmpty { throw ValidationError("name at least one submission (or use --gradescope)") }
        if let shard { do { _ = try Shard(shard) } catch { throw ValidationError("\(error)") } }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        let keyURL = url(key)
        let gradingKey: GradingKey
        do { gradingKey = try GradingKey.load(keyURL, displayPath: key) } catch {
            StandardErrorStream.writeLine("\(error)")
            throw ExitCode(1)
        }
        let outFolder = url(out)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lab-grade-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var options = BatchRunner.Options(executable: Self.executable, key: keyURL, scratch: scratch)
        options.dataDirectories = DataPath.folders(dataDirectories)
        options.modelsDirectory = ModelDirectory.default()
        options.wallSeconds = timeout
        options.memoryBytes = UInt64(memoryMB) << 20
        if let jobs { options.jobs = jobs }
        options.cache = noCache ? nil : outFolder.appendingPathComponent(".runs")

        if gradescope {
            options.cache = nil
            options.progress = false
            let one = Submission(student: "submission", url: url(submission), isFolder: true)
            let graded = BatchRunner(options: options, key: gradingKey).grade([one]).results
            guard let result = graded.first else { throw ExitCode(1) }
            try write(GradescopeWriter.json(result, assignment: gradingKey.assignment), to: url(results))
            print("graded submission: \(result.score)/\(result.maxScore) (\(result.status.rawValue)) → \(results)")
            return
        }

        var all: [Submission]
        do { all = try Submission.discover(submissions.map(url)) } catch {
            throw ValidationError("\(error)")
        }
        if let shard, let share = try? Shard(shard) { all = all.filter { share.contains($0.student) } }
        let start = Date()
        let graded = BatchRunner(options: options, key: gradingKey).grade(all)
        let gradebook = Gradebook(key: gradingKey, students: graded.results)
        let rosterEntries = try roster.map { try CanvasWriter.roster(String(contentsOf: url($0), encoding: .utf8)) } ?? [:]
        try GradeOutputs.write(gradebook, to: outFolder, roster: rosterEntries, afterDueDate: afterDueDate)
        try write(Similarity.report(graded.results.compactMap { result in
            graded.records[result.student]?.program.map { (result.student, $0) }
        }), to: outFolder.appendingPathComponent("similarity.md"))
        let seconds = Date().timeIntervalSince(start)
        let counts = Dictionary(grouping: graded.results, by: \.status).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
        print("graded \(graded.results.count) submissions in \(String(format: "%.1f", seconds)) s (\(counts.joined(separator: ", "))) → \(out)/gradebook.csv")
    }

    /// This very binary, run again for each submission.
    static var executable: URL {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: proc.path) { return proc.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }
}

/// `lab grade merge SHARD_DIR… --out DIR`: one gradebook from the shards' gradebook.json.
struct GradeMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join shard results (each folder's gradebook.json) into one gradebook, Canvas CSV and JUnit XML."
    )

    @Argument(help: "Output folders of the shards (each with gradebook.json).")
    var shards: [String]

    @Option(name: .long, help: "Folder for the merged results.")
    var out = "grades"

    @Option(name: .long, help: "Roster CSV for the Canvas export.")
    var roster: String?

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        var parts: [Gradebook] = []
        for shard in shards {
            do { parts.append(try Gradebook.read(url(shard).appendingPathComponent("gradebook.json"))) } catch {
                throw ValidationError("cannot read \(shard)/gradebook.json: \(error.localizedDescription)")
            }
        }
        let merged: Gradebook
        do { merged = try Gradebook.merge(parts) } catch { throw ValidationError("\(error)") }
        let rosterEntries = try roster.map { try CanvasWriter.roster(String(contentsOf: url($0), encoding: .utf8)) } ?? [:]
        try GradeOutputs.write(merged, to: url(out), roster: rosterEntries, afterDueDate: false, perStudent: false)
        print("merged \(shards.count) shards: \(merged.students.count) students → \(out)/gradebook.csv")
    }
}

private func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
}
