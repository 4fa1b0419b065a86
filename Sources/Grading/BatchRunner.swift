import Foundation
import Progress
#if canImport(Glibc)
import Glibc
#endif

/// Grades many submissions, each in its own run process (the `lab` binary itself,
/// `lab grade-submission`), several at once.
///
/// Processes are started with Foundation's `Process` (posix_spawn underneath):
/// arguments go straight to the new program, never through a shell. The run
/// process lowers its own rlimits (address space, CPU, file size) before it
/// reads the submission; the grader enforces the wall time and watches resident
/// memory, and kills the process (SIGKILL) at either limit. Whatever happens to
/// one process, the batch goes on.
public struct BatchRunner {
    /// How a batch runs.
    public struct Options: Sendable {
        /// The `lab` executable to start.
        public var executable: URL
        /// The key file (passed to each run process).
        public var key: URL
        public var dataDirectories: [URL] = []
        public var modelsDirectory: URL?
        /// Wall-time limit per submission, in seconds.
        public var wallSeconds: Double = 120
        /// Memory cap per submission, in bytes (resident; the address-space rlimit is twice this).
        public var memoryBytes: UInt64 = 2 << 30
        /// Run processes at once.
        public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        /// Where staged submissions and run events live while grading.
        public var scratch: URL
        /// Where finished runs are kept for exact re-grading (nil: no cache).
        public var cache: URL?
        /// Progress lines on standard error.
        public var progress = true

        public init(executable: URL, key: URL, scratch: URL) {
            self.executable = executable
            self.key = key
            self.scratch = scratch
        }
    }

    public var options: Options
    public var key: GradingKey

    public init(options: Options, key: GradingKey) {
        self.options = options
        self.key = key
    }

    /// Grades every submission; results in the order given.
    public func grade(_ submissions: [Submission]) -> (results: [StudentResult], records: [String: RunRecord]) {
        let lock = NSLock()
        var results = [StudentResult?](repeating: nil, count: submissions.count)
        var records: [String: RunRecord] = [:]
        var next = 0
        var done = 0
        var ran = 0
        let start = Date()
        let workers = max(1, min(options.jobs, submissions.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < submissions.count else { return }
                let (record, fromCache) = run(submissions[index], slot: index)
                let result = Scorer.score(student: submissions[index].student, record: record.0, key: key)
                var graded = result
                graded.notes = record.1 + graded.notes
                lock.lock()
                results[index] = graded
                if let run = record.0 { records[submissions[index].student] = run }
                done += 1
                if !fromCache { ran += 1 }
                let finished = done
                lock.unlock()
                if options.progress { report(finished, of: submissions.count, start: start, result: graded, cached: fromCache) }
            }
        }
        return (results.compactMap { $0 }, records)
    }

    private func report(_ done: Int, of total: Int, start: Date, result: StudentResult, cached: Bool) {
        let elapsed = Date().timeIntervalSince(start)
        let rate = Double(done) / max(elapsed, 1e-6)
        let eta = Double(total - done) / max(rate, 1e-6)
        let line = "[\(done)/\(total)] \(result.student): \(Format.points(result.score))/\(Format.points(result.maxScore)) "
            + "\(result.status.rawValue)\(cached ? " (cached)" : "") · \(String(format: rate < 1 ? "%.2f" : "%.1f", rate)) submissions/s · ETA \(Format.duration(eta))\n"
        StandardErrorStream.write(line)
    }

    /// Stages and runs one submission (or takes it from the cache); returns the record and notes.
    private func run(_ submission: Submission, slot: Int) -> ((RunRecord?, [String]), Bool) {
        let folder = options.scratch.appendingPathComponent("s\(slot)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Read and hash first; copy into the private folder only when the run is not kept.
        var staged: Staging.Staged
        let work = folder.appendingPathComponent("work")
        do {
            staged = try Staging.stage(submission, into: work, limits: Staging.Limits(), copy: false)
        } catch Staging.Refusal.tooLarge(let why) {
            return ((stopped(.tooLarge, why), []), false)
        } catch Staging.Refusal.noNotebook(let why) {
            return ((stopped(.noNotebook, why), []), false)
        } catch {
            return ((stopped(.unreadable, "cannot read the submission: \(error.localizedDescription)"), []), false)
        }
        guard staged.notebook != nil else {
            return ((stopped(.noNotebook, "the folder holds no .md notebook"), staged.notes), false)
        }
        let cache = options.cache.map { RunCache(folder: $0) }
        let cacheKey = RunCache.key(contentHash: staged.contentHash, key: key, limits: "\(options.wallSeconds)|\(options.memoryBytes)|\(options.dataDirectories.map(\.path))",
                                    executable: options.executable)
        let needed = Set(key.checks.compactMap { check -> String? in
            if case .claim(let claim) = check.kind { return claim.measure }
            return nil
        })
        if let cached = cache?.load(cacheKey), needed.isSubset(of: Set(cached.measurements.keys)) || !cached.finished && cached.stop != nil {
            return ((cached, staged.notes), true)
        }
        do {
            staged = try Staging.stage(submission, into: work, limits: Staging.Limits())
        } catch {
            return ((stopped(.unreadable, "cannot copy the submission: \(error.localizedDescription)"), []), false)
        }
        guard let notebook = staged.notebook else {
            return ((stopped(.noNotebook, "the folder holds no .md notebook"), staged.notes), false)
        }
        let events = folder.appendingPathComponent("events.jsonl")
        let record = spawn(notebook: notebook, folder: staged.folder, events: events)
        if let record, let cache { cache.store(record, key: cacheKey) }
        return ((record, staged.notes), false)
    }

    private func stopped(_ status: RunStatus, _ why: String) -> RunRecord {
        var record = RunRecord()
        record.stop = status
        record.diagnostics = [why]
        return record
    }

    /// Starts `lab grade-submission` on the staged notebook and waits within the limits.
    private func spawn(notebook: URL, folder: URL, events: URL) -> RunRecord? {
        let process = Process()
        process.executableURL = options.executable
        var arguments = ["grade-submission", "--key", options.key.path, "--notebook", notebook.path,
                         "--events", events.path, "--memory-bytes", String(options.memoryBytes * 2 + (1 << 30)),
                         "--cpu-seconds", String(Int64(min(options.wallSeconds * 2 + 5, 1e9)))]
        for dir in options.dataDirectories { arguments += ["--data-dir", dir.path] }
        if let models = options.modelsDirectory { arguments += ["--models-dir", models.path] }
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ["OPENBLAS_NUM_THREADS": "1", "LC_ALL": "C"]
        for name in ["OPENBLAS_CORETYPE", "HOME", "TMPDIR"] {
            if let value = ProcessInfo.processInfo.environment[name] { environment[name] = value }
        }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        do { try process.run() } catch {
            var record = stopped(.crashed, "the run process did not start: \(error.localizedDescription)")
            record.seconds = 0
            return record
        }
        var limitHit: RunStatus?
        var peak: UInt64 = 0
        while process.isRunning {
            let resident = Self.residentBytes(process.processIdentifier) ?? 0
            peak = max(peak, resident)
            if Date().timeIntervalSince(start) > options.wallSeconds {
                limitHit = .timeout
            } else if resident > options.memoryBytes {
                limitHit = .memoryLimit
            }
            if limitHit != nil {
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        var record = RunEvent.record(from: events) ?? RunRecord()
        if record.finished, limitHit == nil, process.terminationReason == .exit { return record }
        if record.stop == nil {
            record.finished = false
            if let limitHit {
                record.stop = limitHit
                record.diagnostics.append(limitHit == .timeout
                    ? "stopped after the wall-time limit of \(Format.duration(options.wallSeconds))"
                    : "stopped at the memory cap of \(options.memoryBytes >> 20) MiB")
            } else if process.terminationReason == .uncaughtSignal {
                let signal = process.terminationStatus
                // SIGXCPU: the CPU rlimit. Running out of address space (the rlimit above the cap) ends in
                // SIGABRT/SIGTRAP/SIGSEGV: named a memory stop when resident memory had come near the cap.
                if signal == SIGXCPU {
                    record.stop = .timeout
                    record.diagnostics.append("stopped at the CPU-time limit")
                } else if peak > options.memoryBytes / 2 {
                    record.stop = .memoryLimit
                    record.diagnostics.append("stopped near the memory cap of \(options.memoryBytes >> 20) MiB (signal \(signal))")
                } else {
                    record.stop = .crashed
                    record.diagnostics.append("the run process ended with signal \(signal)")
                }
            } else {
                record.stop = .crashed
                record.diagnostics.append("the run process exited with status \(process.terminationStatus)")
            }
        }
        record.seconds = seconds
        return record
    }

    /// Resident memory of a process from /proc (Linux), nil elsewhere.
    static func residentBytes(_ pid: Int32) -> UInt64? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = UInt64(fields[1]) else { return nil }
        return pages &* UInt64(max(sysconf(Int32(_SC_PAGESIZE)), 1))
    }
}
