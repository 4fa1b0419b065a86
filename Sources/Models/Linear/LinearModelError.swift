import LabCore

/// Data errors specific to linear models and preprocessing.
public enum LinearModelError: Error, Equatable, CustomStringConvertible {
    /// A class code lies outside `0..<classCount`.
    case labelOutOfRange(row: Int, label: Int, classCount: Int)
    /// Prediction input has a different number of columns than training input.
    case featureCountMismatch(expected: Int, got: Int)
    /// A regression target is NaN or infinite.
    case nonFiniteTarget(row: Int)
    /// Centring was requested for sparse input (it would densify the matrix).
    case cannotCenterSparse

    public var description: String {
        switch self {
        case let .labelOutOfRange(row, label, classCount):
            return "label \(label) of row \(row) is outside 0..<\(classCount)"
        case let .featureCountMismatch(expected, got):
            return "the model was fitted on \(expected) features but the input has \(got)"
        case let .nonFiniteTarget(row):
            return "the target of row \(row) is NaN or infinite"
        case .cannotCenterSparse:
            return "cannot centre sparse features (it would make them dense); use withMean: false"
        }
    }
}
