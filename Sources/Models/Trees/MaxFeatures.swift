import Foundation

/// How many features a tree considers at each split (scikit-learn's `max_features`).
///
/// Features found constant in a node do not count towards the limit, as in
/// scikit-learn: the search keeps drawing until it has evaluated this many
/// non-constant features or has run out of features.
public enum MaxFeatures: Equatable, Sendable, CustomStringConvertible {
    /// Every feature (`None`), visited in the splitter's random order.
    case all
    /// `max(1, floor(sqrt(d)))` features (`"sqrt"`).
    case sqrt
    /// `max(1, floor(log2(d)))` features (`"log2"`).
    case log2
    /// Exactly this many features, `1...d` (an `int`).
    case count(Int)
    /// `max(1, floor(fraction * d))` features, fraction in `(0, 1]` (a `float`).
    case fraction(Double)

    public var description: String {
        switch self {
        case .all: return "all"
        case .sqrt: return "sqrt"
        case .log2: return "log2"
        case .count(let k): return "\(k)"
        case .fraction(let f): return "\(f)"
        }
    }

    /// The number of features to draw for `featureCount` columns.
    /// - Throws: `ModelError.invalidHyperParameter` for a count outside `1...d`
    ///   or a fraction outside `(0, 1]`.
    public func resolved(featureCount d: Int) throws -> Int {
        switch self {
        case .all:
            return d
        case .sqrt:
            return max(1, Int(Double(d).squareRoot()))
        case .log2:
            return max(1, Int(Foundation.log2(Double(d))))
        case .count(let k):
            guard k >= 1, k <= d else {
                throw ModelError.invalidHyperParameter(
                    name: "maxFeatures", value: "\(k)", expected: "a count in 1...\(d) (the number of features)")
            }
            return k
        case .fraction(let f):
            guard f > 0, f <= 1, f.isFinite else {
                throw ModelError.invalidHyperParameter(
                    name: "maxFeatures", value: "\(f)", expected: "a fraction in (0, 1]")
            }
            return max(1, Int(f * Double(d)))
        }
    }
}
