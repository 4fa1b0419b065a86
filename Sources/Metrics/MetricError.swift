/// An input that a metric refuses, mirroring the `ValueError`s scikit-learn raises.
///
/// Each case's `description` is the text scikit-learn prints (without the
/// `ValueError: ` prefix), so notebook authors see familiar messages.
public enum MetricError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Arrays that must be parallel have different lengths (the lengths, in argument order).
    case inconsistentLengths([Int])
    /// A classification metric got no samples.
    case emptyInput
    /// A regression metric or curve got no samples.
    case noSamples
    /// An input contains NaN.
    case containsNaN
    /// An input contains +inf or -inf.
    case containsInfinity
    /// `average: .binary` was requested but the targets hold more than two classes.
    case binaryAverageOnMulticlass
    /// The positive label is absent although two other labels are present.
    case invalidPositiveLabel(positiveLabel: Int, presentLabels: [Int])
    /// Any other refused input, with scikit-learn's message.
    case invalidArgument(String)

    /// The message, worded as scikit-learn words it.
    public var description: String {
        switch self {
        case .inconsistentLengths(let lengths):
            return "Found input variables with inconsistent numbers of samples: \(lengths)"
        case .emptyInput:
            return "Found empty input array (e.g., `y_true` or `y_pred`) while a minimum of 1 sample is required."
        case .noSamples:
            return "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required."
        case .containsNaN:
            return "Input contains NaN."
        case .containsInfinity:
            return "Input contains infinity or a value too large for dtype('float64')."
        case .binaryAverageOnMulticlass:
            return "Target is multiclass but average='binary'. Please choose another average setting, "
                + "one of [None, 'micro', 'macro', 'weighted']."
        case .invalidPositiveLabel(let positiveLabel, let present):
            let list = present.map(String.init).joined(separator: " ")
            return "pos_label=\(positiveLabel) is not a valid label. It should be one of [\(list)]"
        case .invalidArgument(let message):
            return message
        }
    }
}
