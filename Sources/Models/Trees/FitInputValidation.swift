import LabCore

/// Checks shared by the dummy, tree, forest, neighbour and naive Bayes models
/// before they fit: shapes, class codes and finite features.
enum FitInputValidation {
    /// Validates a classification training set.
    ///
    /// Order of checks: length mismatch, empty set, `classCount >= 2`, every label
    /// in `0..<classCount`, every feature finite.
    /// - Throws: `ModelError` naming the first problem found.
    static func checkClassification(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws {
        try checkShape(rows: x.rows, targets: y.count)
        guard classCount >= 2 else {
            throw ModelError.invalidHyperParameter(
                name: "classCount", value: "\(classCount)", expected: "at least 2 classes")
        }
        for (row, label) in y.enumerated() where label < 0 || label >= classCount {
            throw ModelError.invalidHyperParameter(
                name: "label of row \(row)", value: "\(label)", expected: "a class code in 0..<\(classCount)")
        }
        try checkFinite(x)
    }

    /// Validates a regression training set: shapes, finite features, finite targets.
    static func checkRegression(_ x: FeatureMatrix, _ y: [Double]) throws {
        try checkShape(rows: x.rows, targets: y.count)
        for (row, target) in y.enumerated() where !target.isFinite {
            throw ModelError.invalidHyperParameter(
                name: "target of row \(row)", value: "\(target)", expected: "a finite number")
        }
        try checkFinite(x)
    }

    /// Throws `lengthMismatch` when rows and targets differ, `emptyTrainingSet` when there are none.
    static func checkShape(rows: Int, targets: Int) throws {
        guard rows == targets else { throw ModelError.lengthMismatch(rows: rows, targets: targets) }
        guard rows > 0 else { throw ModelError.emptyTrainingSet }
    }

    /// Throws `nonFiniteFeature` for the first NaN or infinite value (row-major order).
    static func checkFinite(_ x: FeatureMatrix) throws {
        switch x {
        case .dense(let m):
            for (k, v) in m.values.enumerated() where !v.isFinite {
                throw ModelError.nonFiniteFeature(row: k / m.columns, column: k % m.columns)
            }
        case .sparse(let m):
            for i in 0..<m.rows {
                for k in m.rowOffsets[i]..<m.rowOffsets[i + 1] where !m.values[k].isFinite {
                    throw ModelError.nonFiniteFeature(row: i, column: m.columnIndices[k])
                }
            }
        }
    }

    /// Validates an integer hyper-parameter against a lower bound.
    static func require(_ name: String, _ value: Int, atLeast minimum: Int) throws {
        guard value >= minimum else {
            throw ModelError.invalidHyperParameter(name: name, value: "\(value)", expected: "an integer >= \(minimum)")
        }
    }
}
