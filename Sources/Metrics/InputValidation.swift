/// Input checks shared by the metrics, in the order scikit-learn applies them.
enum InputValidation {
    /// Throws `inconsistentLengths` unless all lengths are equal.
    static func checkConsistentLength(_ lengths: Int...) throws {
        if Set(lengths).count > 1 { throw MetricError.inconsistentLengths(lengths) }
    }

    /// Label-vs-label checks of `_check_targets`: equal lengths, at least one sample.
    static func checkTargets(_ yTrue: [Int], _ yPred: [Int]) throws {
        try checkConsistentLength(yTrue.count, yPred.count)
        if yTrue.isEmpty { throw MetricError.emptyInput }
    }

    /// Throws unless every value is finite (`assert_all_finite`).
    static func checkFinite(_ values: [Double]) throws {
        for value in values where !value.isFinite {
            throw value.isNaN ? MetricError.containsNaN : MetricError.containsInfinity
        }
    }

    /// Up to `limit` distinct values of `values`, sorted; stops scanning once `limit` are found.
    static func distinctLabels(_ values: [Int], limit: Int) -> [Int] {
        var seen: [Int] = []
        for value in values where !seen.contains(value) {
            seen.append(value)
            if seen.count == limit { break }
        }
        return seen.sorted()
    }

    /// Throws `invalidPositiveLabel` when `yTrue` holds exactly two labels and
    /// `positiveLabel` is neither (the binary check of `average_precision_score`).
    static func checkPositiveLabel(_ yTrue: [Int], _ positiveLabel: Int) throws {
        let present = distinctLabels(yTrue, limit: 3)
        if present.count == 2 && !present.contains(positiveLabel) {
            throw MetricError.invalidPositiveLabel(positiveLabel: positiveLabel, presentLabels: present)
        }
    }

    /// The sorted distinct labels of both arrays (`unique_labels`).
    static func uniqueLabels(_ yTrue: [Int], _ yPred: [Int] = []) -> [Int] {
        Array(Set(yTrue).union(yPred)).sorted()
    }
}

/// The kind of target, as `type_of_target` classifies integer labels.
enum TargetKind {
    /// At most two distinct values.
    case binary
    /// More than two distinct values.
    case multiclass

    /// Classifies the union of the given label arrays.
    init(_ arrays: [Int]...) {
        var seen = Set<Int>()
        for array in arrays {
            for value in array {
                seen.insert(value)
                if seen.count > 2 { self = .multiclass; return }
            }
        }
        self = .binary
    }
}
