/// One check's outcome for one student.
public struct CheckResult: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var score: Double
    public var maxScore: Double
    public var state: CheckState
    /// The value measured, when there is one.
    public var value: Double?
    /// Why the check errored or was not evaluated.
    public var detail: String?
    public var message: String?
    public var visibility: Visibility
}

/// A student's grade: total, status and each check.
public struct StudentResult: Sendable, Codable, Equatable {
    /// The submission's name (file name without `.md`, or folder name).
    public var student: String
    public var score: Double
    public var maxScore: Double
    public var status: RunStatus
    public var checks: [CheckResult]
    /// Facts for the student and teacher: ignored own `expect` lines, skipped lines, limits hit.
    public var notes: [String]
    /// The submission's own error messages (first few), for the feedback.
    public var diagnostics: [String] = []
    /// Seconds the run took (0 when served from the run cache's first grading).
    public var executionTime: Double
}
