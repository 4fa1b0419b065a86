/// Bounds on every option that scales work (memory or time). Options name the limit
/// they run up to in their ``OptionSpec/bounds`` (``OptionBounds/work(lower:_:)``); the
/// checker applies them (a located error naming the bound), the runtime applies them
/// again to values that arrive by other routes, and the grader configures these values.
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

    /// Folds of a cross-validation (`folds`).
    public var maxFolds = 1_000
    /// LoRA rank (`lora`).
    public var maxRank = 4_096
    /// Optimiser steps per epoch (`max_steps`).
    public var maxSteps = 10_000_000
    /// Candidates of one grid search (the product of its axes' lengths).
    public var maxCandidates = 10_000
    /// Pixels of a chart's shown width or height.
    public var maxPixels = 10_000

    public init() {}

    /// The limits every run uses unless a caller (the grader) sets others.
    public static let standard = WorkLimits()

    /// Which limit an option's ``OptionBounds/work(lower:_:)`` runs up to.
    public enum Bound: String, Sendable, Equatable, CaseIterable {
        case ngram, trees, depth, iterations, epochs, neighbors, rows, images, features, tokens, batch
        case folds, rank, steps, candidates, pixels
    }

    /// Sets the largest value allowed by the limit `bound` (the grader's key does this by name).
    public mutating func setMaximum(_ bound: Bound, to value: Int) {
        switch bound {
        case .ngram: maxNgram = value
        case .trees: maxTrees = value
        case .depth: maxDepth = value
        case .iterations: maxIterations = value
        case .epochs: maxEpochs = value
        case .neighbors: maxNeighbors = value
        case .rows: maxRows = value
        case .images: maxImages = value
        case .features: maxFeatures = value
        case .tokens: maxTokens = value
        case .batch: maxBatch = value
        case .folds: maxFolds = value
        case .rank: maxRank = value
        case .steps: maxSteps = value
        case .candidates: maxCandidates = value
        case .pixels: maxPixels = value
        }
    }

    /// The largest value allowed by the limit `bound`.
    public func maximum(_ bound: Bound) -> Int {
        switch bound {
        case .ngram: return maxNgram
        case .trees: return maxTrees
        case .depth: return maxDepth
        case .iterations: return maxIterations
        case .epochs: return maxEpochs
        case .neighbors: return maxNeighbors
        case .rows: return maxRows
        case .images: return maxImages
        case .features: return maxFeatures
        case .tokens: return maxTokens
        case .batch: return maxBatch
        case .folds: return maxFolds
        case .rank: return maxRank
        case .steps: return maxSteps
        case .candidates: return maxCandidates
        case .pixels: return maxPixels
        }
    }
}
