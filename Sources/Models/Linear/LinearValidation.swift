import LabCore

/// Checks shared by every linear model's `fit`.
enum LinearValidation {
    /// Throws unless `x` has rows, matches `count` targets and holds only finite values.
    static func checkFeatures(_ x: FeatureMatrix, targets count: Int) throws {
        guard x.rows > 0 else { throw ModelError.emptyTrainingSet }
        guard x.rows == count else { throw ModelError.lengthMismatch(rows: x.rows, targets: count) }
        switch x {
        case .dense(let m):
            for (p, v) in m.values.enumerated() where !v.isFinite {
                throw ModelError.nonFiniteFeature(row: p / m.columns, column: p % m.columns)
            }
        case .sparse(let m):
            for i in 0..<m.rows {
                for p in m.rowOffsets[i]..<m.rowOffsets[i + 1] where !m.values[p].isFinite {
                    throw ModelError.nonFiniteFeature(row: i, column: m.columnIndices[p])
                }
            }
        }
    }

    /// Throws unless every label is a class code and at least two classes occur.
    static func checkLabels(_ y: [Int], classCount: Int) throws {
        guard classCount >= 2 else {
            throw ModelError.invalidHyperParameter(name: "classCount", value: "\(classCount)", expected: "at least 2")
        }
        var seen = Set<Int>()
        for (i, label) in y.enumerated() {
            guard label >= 0 && label < classCount else {
                throw LinearModelError.labelOutOfRange(row: i, label: label, classCount: classCount)
            }
            seen.insert(label)
        }
        guard seen.count >= 2 else { throw ModelError.singleClass }
    }

    /// Throws unless `value` is finite and strictly positive.
    static func positive(_ value: Double, _ name: String) throws {
        guard value.isFinite && value > 0 else {
            throw ModelError.invalidHyperParameter(name: name, value: "\(value)", expected: "a finite number > 0")
        }
    }

    /// Throws unless `value` is at least 1.
    static func atLeastOne(_ value: Int, _ name: String) throws {
        guard value >= 1 else {
            throw ModelError.invalidHyperParameter(name: name, value: "\(value)", expected: "an integer >= 1")
        }
    }
}
