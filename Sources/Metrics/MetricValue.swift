/// A metric's value together with the warnings scikit-learn would raise.
///
/// Per-class results (`average: .none`) hold one value per label in `values`;
/// every other result holds exactly one, also available as `value`.
public struct MetricValue: Sendable, CustomStringConvertible {
    /// One value per label for per-class results, otherwise a single value.
    public let values: [Double]
    /// Warnings raised while computing the value (deduplicated, in order).
    public let warnings: [MetricWarning]

    /// Creates a single-valued result.
    public init(_ value: Double, warnings: [MetricWarning] = []) {
        self.values = [value]
        self.warnings = warnings
    }

    /// Creates a per-class result.
    public init(values: [Double], warnings: [MetricWarning] = []) {
        self.values = values
        self.warnings = warnings
    }

    /// The first (for scalar results, the only) value; NaN when there is none.
    public var value: Double { values.first ?? .nan }

    /// The value(s) as text.
    public var description: String {
        values.count == 1 ? "\(values[0])" : "\(values)"
    }
}
