/// Why a naive Bayes model could not be fitted (beyond `ModelError`).
public enum NaiveBayesError: Error, Equatable, CustomStringConvertible {
    /// Multinomial naive Bayes models counts; a feature value is negative.
    case negativeFeature(row: Int, column: Int, value: Double)
    /// User-supplied class priors are malformed.
    case invalidPriors(String)

    public var description: String {
        switch self {
        case let .negativeFeature(row, column, value):
            return "MultinomialNB needs non-negative features (counts); feature \(column) of row \(row) is \(value)"
        case let .invalidPriors(why):
            return "invalid class priors: \(why)"
        }
    }

    /// Checks user priors: one per class, each ≥ 0, summing to 1 (within 1e-8).
    static func validate(_ priors: [Double], classCount: Int) throws {
        guard priors.count == classCount else {
            throw NaiveBayesError.invalidPriors("expected \(classCount) values, got \(priors.count)")
        }
        guard priors.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw NaiveBayesError.invalidPriors("every prior must be a finite number >= 0")
        }
        let total = priors.reduce(0, +)
        guard abs(total - 1) <= 1e-8 else {
            throw NaiveBayesError.invalidPriors("they sum to \(total), not 1")
        }
    }
}
