/// The values an option accepts, declared on its ``OptionSpec`` so that adding an
/// option is a one-file change: either a fixed range (a share is in 0...1, a seed in
/// 0...2³²−1) or a range whose top is a ``WorkLimits`` bound the grader configures.
///
/// The checker tests every value written (both ends of a range, every element of a
/// list) when the program is checked, and the runtime tests again the values that
/// arrive another way (a `--param` override), with the same message:
/// `option 'n_estimators' must be in 1...10000, got 100000000`.
public enum OptionBounds: Sendable, Equatable {
    /// A range that belongs to the option's meaning.
    case fixed(ClosedRange<Double>)
    /// From `lower` up to the run's work limit `bound`.
    case work(lower: Double, WorkLimits.Bound)

    /// The allowed values under `limits`.
    public func range(in limits: WorkLimits) -> ClosedRange<Double> {
        switch self {
        case let .fixed(range): return range
        case let .work(lower, bound): return lower...Swift.max(lower, Double(limits.maximum(bound)))
        }
    }

    /// The bound a value breaks, as an error message; nil when every number in it is inside.
    /// - Parameters:
    ///   - key: the option's name, for the message.
    ///   - value: its value: a number, a range (both ends) or a list (each number).
    ///   - limits: the run's work limits.
    public func violation(option key: String, value: Value, limits: WorkLimits) -> String? {
        let bound = range(in: limits)
        guard Self.numbers(in: value).contains(where: { !bound.contains($0) }) else { return nil }
        return "option '\(key)' must be in \(Self.text(bound.lowerBound))...\(Self.text(bound.upperBound)), got \(value.description)"
    }

    /// The numbers a value holds (a NaN is inside no range, so it is reported too).
    static func numbers(in value: Value) -> [Double] {
        switch value {
        case let .number(x, _): return [x]
        case let .range(low, high): return [low, high]
        case let .list(values): return values.flatMap(numbers(in:))
        default: return []
        }
    }

    /// A bound as written in messages: whole numbers without a decimal point.
    static func text(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
