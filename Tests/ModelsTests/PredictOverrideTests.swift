import Foundation
import LabCore
import Models
import Testing

/// The `FittedClassifier.predict` default: argmax of `scores`, ties to the lowest class.
private func argmaxOfScores<M: FittedClassifier>(_ model: M, _ x: FeatureMatrix) -> [Int] {
    let s = model.scores(x)
    return (0..<s.rows).map { i in
        var best = 0
        for j in 1..<s.columns where s[i, j] > s[i, best] { best = j }
        return best
    }
}

/// `n` random rows in `[−1, 1]^d` with labels from a noisy linear rule over `classes`.
private func randomProblem(rows n: Int, columns d: Int, classes: Int, seed: UInt64) -> (Matrix, [Int]) {
    var g = SeededGenerator(seed: seed)
    var values = [Double](repeating: 0, count: n * d), labels = [Int](repeating: 0, count: n)
    for i in 0..<n {
        var s = 0.0
        for j in 0..<d {
            let v = g.nextDouble() * 2 - 1
            values[i * d + j] = v
            s += v * Double(j % 3 - 1)
        }
        let noisy = s + 0.3 * (g.nextDouble() - 0.5)
        labels[i] = classes == 2 ? (noisy > 0 ? 1 : 0) : min(classes - 1, max(0, Int((noisy + 1.5) * Double(classes) / 3)))
    }
    return (Matrix(rows: n, columns: d, values: values), labels)
}

/// Test rows that hit and nearly hit ties: the training rows, all-zero rows
/// (exact ties without an intercept), rows scaled to tiny sizes (logits of
/// 1e-300 … 1e-3, where σ rounds to ½ or barely moves) and near-copies.
private func tieRows(_ x: Matrix) -> FeatureMatrix {
    let d = x.columns
    var values = x.values
    for _ in 0..<20 { values += [Double](repeating: 0, count: d) }
    for (t, scale) in [1e-300, 1e-200, 1e-20, 1e-17, 1e-16, 1e-15, 1e-12, 1e-9, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 2e-3].enumerated() {
        for i in 0..<10 { values += x.row(t * 10 + i).map { $0 * scale } }
    }
    return .dense(Matrix(rows: values.count / d, columns: d, values: values))
}

@Test func logisticBinaryPredictEqualsArgmaxOfProbabilitiesIncludingTies() throws {
    let (x, y) = randomProblem(rows: 300, columns: 7, classes: 2, seed: 11)
    for intercept in [false, true] {
        let model = try LogisticRegression(fitIntercept: intercept).fit(.dense(x), y, classCount: 2)
        let test = tieRows(x)
        let predicted = model.predict(test)
        #expect(predicted == argmaxOfScores(model, test))
        if !intercept { #expect(predicted[300..<320].allSatisfy { $0 == 0 }) }  // z = 0 → [½, ½] → class 0
    }
}

@Test func logisticMultinomialPredictEqualsArgmaxOfProbabilitiesIncludingTies() throws {
    let (x, y) = randomProblem(rows: 300, columns: 6, classes: 4, seed: 12)
    for intercept in [false, true] {
        let model = try LogisticRegression(fitIntercept: intercept).fit(.dense(x), y, classCount: 4)
        let test = tieRows(x)
        let predicted = model.predict(test)
        #expect(predicted == argmaxOfScores(model, test))
        if !intercept { #expect(predicted[300..<320].allSatisfy { $0 == 0 }) }
    }
}

@Test func linearSVMPredictEqualsArgmaxOfScoresIncludingTies() throws {
    for classes in [2, 3] {
        let (x, y) = randomProblem(rows: 300, columns: 5, classes: classes, seed: 13)
        for intercept in [false, true] {
            for probability in [false, true] {
                let model = try LinearSVM(fitIntercept: intercept, probability: probability)
                    .fit(.dense(x), y, classCount: classes)
                let test = tieRows(x)
                let predicted = model.predict(test)
                #expect(predicted == argmaxOfScores(model, test), "classes \(classes) intercept \(intercept) probability \(probability)")
                if !intercept && !probability { #expect(predicted[300..<320].allSatisfy { $0 == 0 }) }
            }
        }
    }
}

@Test func decisionTreePredictEqualsArgmaxOfLeafFractionsIncludingTies() throws {
    // Duplicated rows with conflicting labels leave tied leaves ([½, ½, 0], [0, ½, ½]).
    var rows: [[Double]] = [], labels: [Int] = []
    let (x, y) = randomProblem(rows: 300, columns: 3, classes: 3, seed: 14)
    for i in 0..<300 {
        rows.append(x.row(i)); labels.append(y[i])
        if i % 3 == 0 { rows.append(x.row(i)); labels.append((y[i] + 1) % 3) }
    }
    let train = Matrix(rowArrays: rows)
    let model = try DecisionTreeClassifier().fit(.dense(train), labels, classCount: 3)
    let predicted = model.predict(.dense(train))
    #expect(predicted == argmaxOfScores(model, .dense(train)))
    #expect(predicted.count == rows.count)
}
