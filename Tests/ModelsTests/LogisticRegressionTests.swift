import Foundation
import LabCore
import Models
import Testing

@Test func logisticMatchesSklearnOnDigitsNineVsRest() throws {
    let data = try LinearTestData.classification("digits_9_vs_rest")
    let reference = try LinearTestData.reference("digits_9_vs_rest", "logreg")
    #expect(reference["estimator"] as? String == "LogisticRegression(max_iter=1000)")
    let model = try LogisticRegression(maxIter: 1000).fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    let accuracy = LinearTestData.accuracy(model.predict(.dense(data.xTest)), data.yTest)
    #expect(abs(accuracy - LinearTestData.accuracy(reference)) <= 0.01)
    #expect(model.warnings.isEmpty)
    // sklearn stopped at 317 iterations, itself 2.5% (relative) from the exact optimum:
    // both solvers stop at ‖∇f‖∞ ≤ 1e-4 on an ill-conditioned (unscaled, separable) problem.
    let coef = try #require(reference["coef"] as? [Double])
    let intercept = try #require((reference["intercept"] as? [Double])?.first)
    #expect(LinearTestData.relativeError(model.coefficients.values, coef) < 0.06)
    #expect(abs(model.intercepts[0] - intercept) / abs(intercept) < 0.1)
    let scores = try #require(reference["test_scores"] as? [Double])
    let ours = model.scores(.dense(data.xTest))
    let meanDiff = (0..<data.xTest.rows).map { abs(ours[$0, 1] - scores[$0]) }.reduce(0, +) / Double(data.xTest.rows)
    #expect(meanDiff < 0.005)
}

@Test func logisticReachesTheExactOptimumWithATightTolerance() throws {
    let data = try LinearTestData.classification("digits_9_vs_rest")
    let optimum = try LinearTestData.fixture("linear_digits_9_vs_rest_logreg_tight.json")
    let coef = try #require(optimum["coef"] as? [Double])
    let intercept = try #require(optimum["intercept"] as? Double)
    let model = try LogisticRegression(maxIter: 20000, tol: 1e-9).fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    #expect(model.warnings.isEmpty)
    #expect(LinearTestData.relativeError(model.coefficients.values, coef) < 1e-4)
    #expect(abs(model.intercepts[0] - intercept) / abs(intercept) < 1e-4)
}

@Test func logisticMatchesSklearnAccuracyOnUnscaledBreastCancer() throws {
    let data = try LinearTestData.classification("breast_cancer")
    let reference = try LinearTestData.reference("breast_cancer", "logreg")
    let model = try LogisticRegression(maxIter: 1000).fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    let accuracy = LinearTestData.accuracy(model.predict(.dense(data.xTest)), data.yTest)
    #expect(abs(accuracy - LinearTestData.accuracy(reference)) <= 0.01)
    // sklearn did not converge in 1000 iterations either; the warning text is identical.
    #expect(model.iterations == 1000)
    #expect(model.warnings == reference["fit_warnings"] as? [String])
}

@Test func logisticWarnsLikeSklearnWhenUnscaledBreastCancerHitsMaxIter() throws {
    let data = try LinearTestData.classification("breast_cancer")
    let model = try LogisticRegression().fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    #expect(model.iterations == 100)
    let warning = try #require(model.warnings.first)
    #expect(warning.hasPrefix("ConvergenceWarning: lbfgs failed to converge after 100 iteration(s) (status=1):\nSTOP: TOTAL NO. OF ITERATIONS REACHED LIMIT"))
    #expect(warning.contains("Increase the number of iterations to improve the convergence (max_iter=100)."))
    #expect(warning.contains("scale the data"))
}

@Test func logisticConvergesWithoutWarningAfterScaling() throws {
    let data = try LinearTestData.classification("breast_cancer")
    let scaler = try StandardScaler().fit(.dense(data.xTrain))
    let xTrain = try scaler.transform(.dense(data.xTrain))
    let model = try LogisticRegression().fit(xTrain, data.yTrain, classCount: 2)
    #expect(model.warnings.isEmpty)
    #expect(model.iterations < 100)
    let accuracy = LinearTestData.accuracy(model.predict(try scaler.transform(.dense(data.xTest))), data.yTest)
    #expect(accuracy > 0.93)
}

@Test func logisticSparseAndDenseInputsGiveTheSameModel() throws {
    // Summation order differs between the dense and sparse kernels, so compare
    // converged optima (a tight tolerance) rather than bit patterns.
    // Digits scaled without centring stay sparse (about half the pixels are 0). Both fits
    // stop on the relative-decrease rule (64·ε), so they agree to ~1e-6, not bit for bit.
    let data = try LinearTestData.classification("digits_9_vs_rest")
    let scaler = try StandardScaler(withMean: false).fit(.dense(data.xTrain))
    let xTrain = try scaler.transform(.dense(data.xTrain)).denseMatrix()
    let xTest = try scaler.transform(.dense(data.xTest)).denseMatrix()
    let config = LogisticRegression(maxIter: 5000, tol: 1e-10)
    let dense = try config.fit(.dense(xTrain), data.yTrain, classCount: 2)
    let sparse = try config.fit(.sparse(LinearTestData.sparse(xTrain)), data.yTrain, classCount: 2)
    #expect(dense.warnings.isEmpty && sparse.warnings.isEmpty)
    #expect(LinearTestData.relativeError(sparse.coefficients.values, dense.coefficients.values) < 1e-5)
    let p1 = dense.scores(.dense(xTest)), p2 = sparse.scores(.sparse(LinearTestData.sparse(xTest)))
    #expect(zip(p1.values, p2.values).allSatisfy { abs($0 - $1) < 1e-5 })
    #expect(dense.predict(.dense(xTest)) == sparse.predict(.sparse(LinearTestData.sparse(xTest))))
}

@Test func logisticMultinomialFitsDigitsTenClasses() throws {
    let table = try LinearTestData.table("digits")
    let y = table.target.map { Int($0) }
    let train = Array(stride(from: 0, to: y.count, by: 2)), test = Array(stride(from: 1, to: y.count, by: 2))
    let scaler = try StandardScaler().fit(.dense(table.features.selectingRows(train)))
    let xTrain = try scaler.transform(.dense(table.features.selectingRows(train)))
    let xTest = try scaler.transform(.dense(table.features.selectingRows(test)))
    let model = try LogisticRegression().fit(xTrain, train.map { y[$0] }, classCount: 10)
    #expect(model.coefficients.rows == 10)
    #expect(abs(model.intercepts.reduce(0, +)) < 1e-9)
    let p = model.scores(xTest)
    #expect((0..<p.rows).allSatisfy { i in abs((0..<10).reduce(0.0) { $0 + p[i, $1] } - 1) < 1e-12 })
    let accuracy = LinearTestData.accuracy(model.predict(xTest), test.map { y[$0] })
    #expect(accuracy > 0.94)
}

@Test func logisticRejectsInvalidHyperParameters() throws {
    let x = FeatureMatrix.dense(Matrix(rowArrays: [[0], [1]]))
    #expect(throws: ModelError.invalidHyperParameter(name: "c", value: "0.0", expected: "a finite number > 0")) {
        try LogisticRegression(c: 0).fit(x, [0, 1], classCount: 2)
    }
    do {
        _ = try LogisticRegression(maxIter: 0).fit(x, [0, 1], classCount: 2)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "invalid value 0 for maxIter: expected an integer >= 1")
    }
    do {
        _ = try LogisticRegression().fit(x, [0, 2], classCount: 2)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "label 2 of row 1 is outside 0..<2")
    }
    #expect(throws: ModelError.singleClass) { try LogisticRegression().fit(x, [1, 1], classCount: 2) }
    #expect(throws: ModelError.nonFiniteFeature(row: 1, column: 0)) {
        try LogisticRegression().fit(.dense(Matrix(rowArrays: [[0], [.nan]])), [0, 1], classCount: 2)
    }
}

@Test func logisticMultinomialMatchesSklearnOnIris() throws {
    // LogisticRegression(max_iter=10000, tol=1e-12).fit(iris) with scikit-learn 1.9.1.
    let coef: [[Double]] = [
        [-0.4235055381, 0.9673498593, -2.5171537412, -1.0793360614],
        [0.5344595534, -0.3215887066, -0.2063918296, -0.944297397],
        [-0.1109540154, -0.6457611528, 2.7235455708, 2.0236334583],
    ]
    let intercept = [9.8495498777, 2.2372166943, -12.086766572]
    let table = try LinearTestData.table("iris")
    let y = table.target.map { Int($0) }
    let model = try LogisticRegression(maxIter: 10_000, tol: 1e-10).fit(.dense(table.features), y, classCount: 3)
    #expect(model.warnings.isEmpty)
    for c in 0..<3 {
        // Both stop on the relative-decrease rule (64·ε) before ‖∇f‖∞ reaches 1e-10.
        for j in 0..<4 { #expect(abs(model.coefficients[c, j] - coef[c][j]) < 1e-5) }
        #expect(abs(model.intercepts[c] - intercept[c]) < 1e-4)
    }
    let short = try LogisticRegression(maxIter: 10).fit(.dense(table.features), y, classCount: 3)
    #expect(short.iterations == 10)
    #expect(short.warnings.first?.contains("lbfgs failed to converge after 10 iteration(s)") == true)
}
