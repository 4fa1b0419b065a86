/// `GridSearchCV`'s summary of candidates' fold scores: means, standard
/// deviations, ranks and the best candidate, computed as scikit-learn does.
public struct GridSearchRanking: Sendable, Equatable {
    /// `mean_test_score` per candidate.
    public let means: [Double]
    /// `std_test_score` per candidate.
    public let stds: [Double]
    /// `rank_test_score`: 1 for the best; equal means share the lowest rank
    /// (`rankdata(-means, method="min")`); NaN means rank last.
    public let ranks: [Int]
    /// `best_index_`: the first candidate (in grid order) ranked 1.
    public let bestIndex: Int

    /// Summarises `scores[candidate][fold]`.
    /// - Precondition: at least one candidate.
    public init(scores: [[Double]]) {
        precondition(!scores.isEmpty, "a grid search needs at least one candidate")
        means = scores.map(NumPyReduction.mean)
        stds = scores.map(NumPyReduction.std)
        var ranked = means
        if means.allSatisfy(\.isNaN) {
            ranks = Array(repeating: 1, count: means.count)
        } else {
            let floor = (means.filter { !$0.isNaN }.min() ?? 0) - 1
            ranked = means.map { $0.isNaN ? floor : $0 }
            ranks = ranked.map { m in 1 + ranked.filter { $0 > m }.count }
        }
        bestIndex = ranks.firstIndex(of: ranks.min() ?? 1) ?? 0
    }
}
