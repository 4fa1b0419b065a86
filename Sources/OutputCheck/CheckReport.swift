/// What `lab check` found for one notebook.
public struct CheckReport: Sendable {
    /// Differences between re-executed and committed output, in file order.
    public var differences: [Difference] = []
    /// Errors that stopped the check (the notebook failed to run, a file is missing).
    public var errors: [String] = []

    public init() {}

    /// Whether the committed output is what the notebook computes today.
    public var passed: Bool { differences.isEmpty && errors.isEmpty }
}
