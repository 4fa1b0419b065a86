/// scikit-learn's `ParameterGrid` over one dictionary: the axes sorted by
/// name, every combination with the last axis varying fastest.
public struct ParameterGrid: Sendable, Equatable {
    /// One grid axis: a parameter and its values in the order written.
    public struct Axis: Sendable, Equatable {
        public var name: String
        public var values: [String]
        public init(name: String, values: [String]) {
            self.name = name
            self.values = values
        }
    }

    /// The axes, sorted by name (scikit-learn sorts the dictionary's items).
    public let axes: [Axis]

    /// A grid over `axes` (given in any order).
    public init(_ axes: [Axis]) {
        self.axes = axes.sorted { $0.name < $1.name }
    }

    /// Every candidate as `(name, value)` pairs in axis order, in scikit-learn's iteration order.
    public var candidates: [[(name: String, value: String)]] {
        var result: [[(name: String, value: String)]] = [[]]
        for axis in axes {
            result = result.flatMap { prefix in axis.values.map { prefix + [(axis.name, $0)] } }
        }
        return result
    }

    /// Number of candidates.
    public var count: Int { axes.reduce(1) { $0 * $1.values.count } }
}
