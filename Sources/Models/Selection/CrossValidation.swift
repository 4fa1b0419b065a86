/// Scores of one model over cross-validation folds, as `cross_validate`
/// reports them: one score per fold and metric, with NumPy's mean and
/// (population) standard deviation.
public struct CrossValidationScores: Sendable, Equatable {
    /// `scores[fold][metric]`.
    public let scores: [[Double]]

    public init(scores: [[Double]]) {
        self.scores = scores
    }

    /// The fold scores of metric `m` (`cross_validate(...)["test_" + m]`).
    public func column(_ m: Int) -> [Double] { scores.map { $0[m] } }

    /// `column(m).mean()`.
    public func mean(_ m: Int) -> Double { NumPyReduction.mean(column(m)) }

    /// `column(m).std()`.
    public func std(_ m: Int) -> Double { NumPyReduction.std(column(m)) }

    /// Scores every fold in order with `score` (fit on `fold.train`, score on `fold.test`).
    public static func run(folds: [Fold], _ score: (Fold) throws -> [Double]) rethrows -> CrossValidationScores {
        CrossValidationScores(scores: try folds.map(score))
    }
}
