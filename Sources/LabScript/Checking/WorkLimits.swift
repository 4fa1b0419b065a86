/// Bounds on every option that scales work (memory or time), read by the checker
/// (a located error naming the bound), by the runtime (again, for values that
/// arrive by other routes) and by the CLI; the grader configures the same values.
///
/// Defaults are far above what any real lab asks for (scikit-learn's defaults are
/// 100 trees, depth unlimited but bounded by the rows, 1- or 2-grams …).
public struct WorkLimits: Sendable, Equatable {
    /// Longest n-gram (`ngrams=1..N`).
    public var maxNgram = 20
    /// Trees in a forest (`n_estimators`).
    public var maxTrees = 10_000
    /// Tree depth (`max_depth`).
    public var maxDepth = 10_000
    /// Optimiser iterations (`max_iter`).
    public var maxIterations = 1_000_000
    /// Passes over the data (`epochs`).
    public var maxEpochs = 100_000
    /// Neighbours (`n_neighbors`).
    public var maxNeighbors = 100_000
    /// Rows shown or indexed (`rows`, `index`, minimum sample counts).
    public var maxRows = 10_000_000
    /// Images drawn in one grid (`count`, `columns`).
    public var maxImages = 10_000
    /// Features kept (`max_features`).
    public var maxFeatures = 10_000_000
    /// Tokens per text (`max_length`).
    public var maxTokens = 8_192
    /// Texts per forward pass (`batch`).
    public var maxBatch = 4_096
    /// Names longer than this get no did-you-mean suggestion (the edit distance is quadratic).
    public var maxSuggestionLength = 64

    public init() {}

    /// The limits every run uses unless a caller (the grader) sets others.
    public static let standard = WorkLimits()

    /// The allowed values of an integer option, by its name; nil for options without a bound.
    public func range(forOption key: String) -> ClosedRange<Double>? {
        switch key {
        case "n_estimators": return 1...Double(maxTrees)
        case "max_depth": return 1...Double(maxDepth)
        case "max_iter": return 1...Double(maxIterations)
        case "epochs": return 0...Double(maxEpochs)
        case "n_neighbors": return 1...Double(maxNeighbors)
        case "min_samples_split": return 2...Double(maxRows)
        case "min_samples_leaf": return 1...Double(maxRows)
        case "count", "columns": return 1...Double(maxImages)
        case "rows", "index": return 0...Double(maxRows)
        case "max_length": return 2...Double(maxTokens)
        case "batch": return 1...Double(maxBatch)
        case "seed": return 0...4_294_967_295
        case "ngrams": return 1...Double(maxNgram)
        case "points": return 0...1_000_000
        default: return nil
        }
    }

    /// The bound an integer option breaks, as an error message; nil when it is inside.
    /// - Parameters:
    ///   - key: the option's name.
    ///   - value: its value (both ends of a range are checked).
    public func violation(option key: String, value: Value) -> String? {
        guard let bound = range(forOption: key) else { return nil }
        let numbers: [Double]
        switch value {
        case let .number(x, _): numbers = [x]
        case let .range(low, high): numbers = [low, high]
        default: return nil
        }
        guard numbers.contains(where: { !(bound.contains($0)) }) else { return nil }
        let low = Int(exactly: bound.lowerBound).map(String.init) ?? "\(bound.lowerBound)"
        let high = Int(exactly: bound.upperBound).map(String.init) ?? "\(bound.upperBound)"
        return "option '\(key)' must be in \(low)...\(high), got \(value.description)"
    }
}
