import Foundation

/// What running one submission produced, independent of thresholds and points:
/// the measured value of every check expression, and facts about the run.
/// Kept in the run cache, so a key change that touches only scoring re-runs nothing.
public struct RunRecord: Codable, Sendable, Equatable {
    /// A measured value or why there is none.
    public struct Measured: Codable, Sendable, Equatable {
        public var value: Double?
        public var error: String?
        /// False for a value taken before the run finished.
        public var final: Bool
    }

    /// By check expression (`KeyCheck.Claim.measure`).
    public var measurements: [String: Measured] = [:]
    /// Names bound at the end of the run.
    public var bound: [String] = []
    /// Lines of the student's own `expect` directives (ignored for scoring).
    public var ignoredExpectLines: [Int] = []
    /// Lines skipped for check errors, and lines that failed while running.
    public var skippedLines: [Int] = []
    public var failedLines: [Int] = []
    /// The submission's diagnostics (at most a few, rendered).
    public var diagnostics: [String] = []
    /// Whether the run reached its end (false: stopped by a limit or a crash).
    public var finished = false
    /// Why the run stopped or could not start, when it did not finish (`timeout`, `memory_limit`, …).
    public var stop: RunStatus?
    /// The program's canonical hash, for the similarity report.
    public var program: Similarity.Fingerprint?
    /// Wall time of the run in seconds.
    public var seconds: Double = 0

    public init() {}

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }()
}

/// A student's status in the gradebook.
public enum RunStatus: String, Codable, Sendable {
    /// Ran to the end without errors.
    case ok
    /// Ran to the end; some lines had errors and were skipped (scored on what ran).
    case ranWithErrors = "ran_with_errors"
    /// Stopped by the wall-time limit; checks evaluated before keep their points.
    case timeout
    /// Stopped by the memory cap.
    case memoryLimit = "memory_limit"
    /// The run process ended abnormally.
    case crashed
    /// Larger than the size limits; not run.
    case tooLarge = "too_large"
    /// Not a readable notebook (binary, not UTF-8, nesting too deep); not run.
    case unreadable
    /// A folder without a notebook; not run.
    case noNotebook = "no_notebook"
}
