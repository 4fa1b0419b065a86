import Foundation
import LabScript
import Progress

/// How `lab run` executes and where it writes.
public struct RunOptions: Sendable {
    /// Folder for `NAME.md`, `NAME.json` and `NAME/*.svg` (default `Outputs`).
    public var outputDirectory: URL
    /// Write the regions into the source notebook instead of `Outputs/NAME.md`.
    public var inPlace = false
    /// Also write the results JSON here.
    public var resultsFile: URL?
    /// `--param NAME=VALUE` overrides, in order.
    public var parameters: [(name: String, value: String)] = []
    /// Extra data folders searched after the notebook's own (`--data-dir`, then `LAB_DATA_DIR`).
    public var dataDirectories: [URL] = []
    /// Where pre-trained models live (`LAB_MODELS_DIR`, default `~/.cache/labbook/models`).
    public var modelsDirectory: URL?
    /// Keep executing after a failed directive, showing the error in its region.
    public var keepGoing = false
    /// Put `<svg>` inline instead of linking files.
    public var embedSVG = false
    /// Bounds on options that scale work, checked before anything runs (the grader sets its own).
    public var workLimits: WorkLimits = .standard
    /// How the result cache is used.
    public var cache: CacheMode = .off
    /// The cache folder (`LAB_CACHE_DIR`); nil means `.lab-cache/` beside each notebook.
    public var cacheDirectory: URL?
    /// The most the cache's entries may take, in bytes (least recently used go first).
    public var cacheSizeBound: Int64 = 2_000_000_000
    /// Say for each step that ran why it could not come from the cache.
    public var explain = false
    /// Where long steps show progress (standard error; `.silent` with `--quiet`).
    public var progress: ProgressReporter = .silent
    /// Receives the cache's notes (damaged entries); nil writes them to standard error.
    public var cacheNote: (@Sendable (String) -> Void)?
    /// Called after each step, as it finishes.
    public var onStep: (@Sendable (StepReport) -> Void)?

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }
}

/// How a run uses the result cache.
public enum CacheMode: Sendable, Equatable {
    /// Neither read nor write (`--no-cache`; the default for the library).
    case off
    /// Read results whose inputs are unchanged, store the rest.
    case readWrite
    /// Recompute everything and overwrite the entries (`--force`).
    case force
}

/// What happened to one directive.
public struct StepReport: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Computed now.
        case ran
        /// Taken from the cache.
        case cached
        /// Failed (the error is in the messages).
        case failed
    }

    /// 1-based line of the directive.
    public var line: Int
    /// The directive as written.
    public var directive: String
    public var status: Status
    /// Wall-clock seconds the step took (computing, or reading the cache).
    public var seconds: Double
    /// Why it ran instead of coming from the cache (with `explain`).
    public var reason: String?

    /// `  ran     1.25 s  line 12  train tree max_depth=3 on digits.train` (and a `why:` line).
    public var summary: String {
        let time = seconds < 10 ? String(format: "%5.2f s", seconds) : String(format: "%5.1f s", seconds)
        var text = "  \(status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(time)  line \(line)  \(directive)"
        if let reason { text += "\n            why: \(reason)" }
        return text
    }
}

/// What a run did.
public struct RunReport: Sendable {
    /// Rendered diagnostics, in order (errors and warnings).
    public var messages: [String] = []
    /// Files written.
    public var written: [URL] = []
    /// Whether the run failed (exit status 1).
    public var failed = false
    /// Each step that executed, in order.
    public var steps: [StepReport] = []
    /// Whether it failed because of how it was called, e.g. an unknown `--param` (exit status 2).
    public var usageError = false
}
