/// Why a model could not be fitted.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    /// A hyper-parameter is out of its valid range.
    case invalidHyperParameter(name: String, value: String, expected: String)
    /// The training set has no rows.
    case emptyTrainingSet
    /// Features and targets disagree in length.
    case lengthMismatch(rows: Int, targets: Int)
    /// Training labels hold only one class.
    case singleClass
    /// A feature value is NaN or infinite.
    case nonFiniteFeature(row: Int, column: Int)
    /// The model needs dense features and got sparse ones that would not fit in memory.
    case denseFeaturesRequired(model: String)

    public var description: String {
        switch self {
        case let .invalidHyperParameter(name, value, expected):
            return "invalid value \(value) for \(name): expected \(expected)"
        case .emptyTrainingSet:
            return "the training set is empty"
        case let .lengthMismatch(rows, targets):
            return "features have \(rows) rows but there are \(targets) targets"
        case .singleClass:
            return "the training labels contain only one class; a classifier needs at least two"
        case let .nonFiniteFeature(row, column):
            return "feature \(column) of row \(row) is NaN or infinite"
        case let .denseFeaturesRequired(model):
            return "\(model) needs dense features; sparse input is too large to densify"
        }
    }
}
