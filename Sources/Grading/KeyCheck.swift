import LabScript

/// One scored check of a grading key.
public struct KeyCheck: Sendable {
    /// What a check tests.
    public enum Kind: Sendable {
        /// `expect METRIC(MODEL on DATA) OP THRESHOLD`, evaluated on the submission's session.
        case claim(Claim)
        /// `require NAME[, NAME…]`: the submission must bind these names.
        case bindings([String])
    }

    /// A metric claim and its scoring.
    public struct Claim: Sendable {
        /// `accuracy(tree on digits.test)` plus options that change the measurement;
        /// unchanged by threshold, points or message edits (the run cache's key).
        public var measure: String
        public var op: ComparisonOperator
        public var threshold: Double
        /// Partial-credit bands, most points first: a failed claim earns the first band it meets.
        public var bands: [(threshold: Double, points: Double)]
        /// The directive the runtime evaluates.
        public var directive: Directive
    }

    /// Column name in the gradebook; stable when thresholds change (`name=` or line and measure).
    public var id: String
    /// What the student reads: the claim as written, or `name=`.
    public var title: String
    public var kind: Kind
    public var points: Double
    public var message: String?
    public var visibility: Visibility
    /// 1-based line in the key.
    public var line: Int

    /// Points for a measured value (claim checks): full, a band's, or 0.
    public func score(_ value: Double) -> (points: Double, state: CheckState) {
        guard case .claim(let claim) = kind else { return (0, .failed) }
        if value.isNaN { return (0, .failed) }
        if claim.op.holds(value, claim.threshold) { return (points, .passed) }
        for band in claim.bands where claim.op.holds(value, band.threshold) {
            return (band.points, band.points > 0 ? .partial : .failed)
        }
        return (0, .failed)
    }
}

/// How a check ended for one student.
public enum CheckState: String, Sendable, Codable {
    case passed
    /// A partial-credit band was met.
    case partial
    case failed
    /// The check could not be evaluated (a name is missing, the wrong kind, an error).
    case error
    /// The run stopped (a limit) before the check's names were bound.
    case notEvaluated = "not_evaluated"
}
