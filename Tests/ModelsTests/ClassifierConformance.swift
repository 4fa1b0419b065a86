import Foundation
import LabCore
import Models
import Testing

/// Small, reproducible training sets for conformance checks.
enum ConformanceData {
    /// `n` rows of `classCount` Gaussian blobs in `d` dimensions (centres 3 apart),
    /// labels cycling `0, 1, …`; non-negative when `nonNegative` (for count models).
    static func blobs(n: Int = 90, d: Int = 4, classCount: Int = 3, seed: UInt64 = 7,
                      nonNegative: Bool = false) -> (x: FeatureMatrix, y: [Int]) {
        var rng = SeededGenerator(seed: seed)
        var values: [Double] = []
        var labels: [Int] = []
        for i in 0..<n {
            let label = i % classCount
            labels.append(label)
            for f in 0..<d {
                let u1 = max(rng.nextDouble(), 1e-300), u2 = rng.nextDouble()
                let noise = (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
                let centre = f % classCount == label ? 3.0 : 0.0
                let v = centre + noise
                values.append(nonNegative ? Foundation.floor(abs(v) * 2) : v)
            }
        }
        return (.dense(Matrix(rows: n, columns: d, values: values)), labels)
    }
}

/// Checks the `Classifier` contract every model must honour:
/// scores are `n × k`; probability rows lie in [0, 1] and sum to 1; binary
/// decision scores have column 0 = −column 1; `predict` is the arg-max of
/// `scores` (ties to the lowest class) unless `predictIsArgmax` is false;
/// scores are row-independent (unless `rowIndependent` is false: random
/// dummies draw per position); a refit gives identical scores; an empty set,
/// a length mismatch, an out-of-range label and (when `checksFeatures`) a NaN
/// feature are rejected with the documented `ModelError`.
func checkClassifier<C: Classifier>(
    _ model: C,
    x: FeatureMatrix? = nil, y: [Int]? = nil, classCount: Int = 3,
    expectedKind: ScoreKind? = nil, predictIsArgmax: Bool = true, rowIndependent: Bool = true,
    checksFeatures: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let data = ConformanceData.blobs(classCount: classCount)
    let x = x ?? data.x, y = y ?? data.y
    let n = x.rows, k = classCount
    let fitted = try model.fit(x, y, classCount: k)
    #expect(fitted.classCount == k, sourceLocation: sourceLocation)
    if let kind = expectedKind { #expect(fitted.scoreKind == kind, sourceLocation: sourceLocation) }

    let scores = fitted.scores(x)
    #expect(scores.rows == n && scores.columns == k, "scores are \(scores.rows)×\(scores.columns)",
            sourceLocation: sourceLocation)
    guard scores.rows == n && scores.columns == k else { return }
    #expect(scores.values.allSatisfy { !$0.isNaN }, "scores contain NaN", sourceLocation: sourceLocation)
    for i in 0..<n {
        switch fitted.scoreKind {
        case .probability:
            let row = scores.row(i)
            #expect(abs(row.reduce(0, +) - 1) <= 1e-9, "row \(i) sums to \(row.reduce(0, +))",
                    sourceLocation: sourceLocation)
            #expect(row.allSatisfy { $0 >= 0 && $0 <= 1 }, "row \(i) outside [0, 1]", sourceLocation: sourceLocation)
        case .decision where k == 2:
            #expect(scores[i, 0] == -scores[i, 1], "row \(i): column 0 is not −column 1",
                    sourceLocation: sourceLocation)
        case .decision:
            break
        }
    }

    let predictions = fitted.predict(x)
    #expect(predictions.count == n, sourceLocation: sourceLocation)
    #expect(predictions.allSatisfy { (0..<k).contains($0) }, sourceLocation: sourceLocation)
    if predictIsArgmax {
        let argmax = (0..<n).map { i in (1..<k).reduce(0) { scores[i, $1] > scores[i, $0] ? $1 : $0 } }
        #expect(predictions == argmax, "predict is not the arg-max of scores", sourceLocation: sourceLocation)
    }

    if rowIndependent {
        let subset = [n - 1, 0, n / 2]
        let partial = fitted.scores(x.selectingRows(subset))
        #expect(partial == scores.selectingRows(subset), "scores depend on the other rows",
                sourceLocation: sourceLocation)
    }

    let refit = try model.fit(x, y, classCount: k)
    #expect(refit.scores(x) == scores, "refitting changed the scores", sourceLocation: sourceLocation)

    #expect(throws: ModelError.emptyTrainingSet, sourceLocation: sourceLocation) {
        try model.fit(x.selectingRows([]), [], classCount: k)
    }
    #expect(throws: ModelError.lengthMismatch(rows: n, targets: n - 1), sourceLocation: sourceLocation) {
        try model.fit(x, Array(y.dropLast()), classCount: k)
    }
    var badLabels = y
    badLabels[0] = k
    #expect(throws: (any Error).self, sourceLocation: sourceLocation) {
        try model.fit(x, badLabels, classCount: k)
    }
    if checksFeatures, case .dense(var m) = x {
        m[1, 0] = .nan
        #expect(throws: ModelError.nonFiniteFeature(row: 1, column: 0), sourceLocation: sourceLocation) {
            try model.fit(.dense(m), y, classCount: k)
        }
    }
}
