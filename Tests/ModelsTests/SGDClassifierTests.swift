import LabCore
import Models
import Testing

private func blobs(_ n: Int, seed: UInt64) -> (FeatureMatrix, [Int]) {
    var g = SeededGenerator(seed: seed)
    var rows: [[Double]] = []
    var y: [Int] = []
    for i in 0..<n {
        let c = i % 3
        rows.append([Double(c) * 3 + g.nextDouble() - 0.5, Double(c % 2) * 3 + g.nextDouble() - 0.5])
        y.append(c)
    }
    return (.dense(Matrix(rowArrays: rows)), y)
}

@Test func sgdLossFallsAndTheModelSeparatesBlobs() throws {
    let (x, y) = blobs(300, seed: 1)
    let (vx, vy) = blobs(90, seed: 2)
    let (model, history) = try SGDClassifier(alpha: 1e-3, epochs: 8, seed: 0).fit(x, y, classCount: 3, validation: (vx, vy))
    #expect(history.epochs.count == 8)
    let first = try #require(history.epochs.first), last = try #require(history.epochs.last)
    #expect(last.trainingLoss < first.trainingLoss)
    #expect((last.validationAccuracy ?? 0) > 0.95)
    let predicted = model.predict(vx)
    #expect(Double(zip(predicted, vy).filter { $0 == $1 }.count) / 90 > 0.95)
}

@Test func sgdIsDeterministicForASeedAndMatchesOnSparseInput() throws {
    let (x, y) = blobs(120, seed: 4)
    let binary = y.map { $0 == 2 ? 1 : 0 }
    let a = try SGDClassifier(epochs: 3, seed: 9).fit(x, binary, classCount: 2)
    let b = try SGDClassifier(epochs: 3, seed: 9).fit(x, binary, classCount: 2)
    #expect(a.scores(x) == b.scores(x))
    let dense = x.denseMatrix()
    var offsets = [0], columns: [Int] = [], values: [Double] = []
    for i in 0..<dense.rows {
        for j in 0..<dense.columns where dense[i, j] != 0 { columns.append(j); values.append(dense[i, j]) }
        offsets.append(columns.count)
    }
    let sparse = FeatureMatrix.sparse(SparseMatrix(rows: dense.rows, columns: dense.columns, rowOffsets: offsets, columnIndices: columns, values: values))
    let c = try SGDClassifier(epochs: 3, seed: 9).fit(sparse, binary, classCount: 2)
    let sa = a.scores(x), sc = c.scores(sparse)
    #expect(zip(sa.values, sc.values).allSatisfy { abs($0 - $1) < 1e-12 })
}

@Test func sgdRejectsBadHyperParameters() {
    let (x, y) = blobs(30, seed: 1)
    #expect(throws: ModelError.invalidHyperParameter(name: "epochs", value: "0", expected: "at least 1")) {
        try SGDClassifier(epochs: 0).fit(x, y, classCount: 3)
    }
    #expect(throws: ModelError.invalidHyperParameter(name: "alpha", value: "-1.0", expected: "a positive number")) {
        try SGDClassifier(alpha: -1).fit(x, y, classCount: 3)
    }
}
