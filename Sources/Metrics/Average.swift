/// How per-label precision / recall / F-scores are combined (scikit-learn's `average=`).
public enum Average: String, Sendable, CaseIterable {
    /// Only the positive label's score (`average="binary"`); needs `positiveLabel`.
    case binary
    /// Unweighted mean over labels (NaN scores ignored).
    case macro
    /// Global counts: Σtp / Σ(tp+fp) etc.
    case micro
    /// Mean weighted by each label's support (number of true samples).
    case weighted
    /// No averaging: one score per label (`average=None`).
    case none
}

/// What a 0/0 precision, recall or F-score becomes (scikit-learn's `zero_division=`).
public enum ZeroDivision: Sendable, Equatable {
    /// 0.0, and a `UndefinedMetricWarning` is returned (scikit-learn's default `"warn"`).
    case warn
    /// 0.0, silently.
    case zero
    /// 1.0, silently.
    case one
    /// NaN, silently; NaN scores are left out of averages.
    case nan

    /// The value a 0/0 score takes.
    var value: Double {
        switch self {
        case .warn, .zero: return 0
        case .one: return 1
        case .nan: return .nan
        }
    }
}
