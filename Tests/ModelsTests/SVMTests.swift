import Foundation
import LabCore
import Models
import Testing

@Test(arguments: ["digits_9_vs_rest", "breast_cancer"])
func svmDefaultMatchesLinearSVCAndLinearKernelSVCAccuracy(dataset: String) throws {
    let data = try LinearTestData.classification(dataset)
    let linearSVC = try LinearTestData.reference(dataset, "linear_svc")
    let kernelSVC = try LinearTestData.reference(dataset, "svc_linear")
    #expect(linearSVC["estimator"] as? String == "LinearSVC(random_state=0)")
    let model = try LinearSVM().fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    #expect(model.scoreKind == .decision)
    #expect(model.warnings.isEmpty)
    let accuracy = LinearTestData.accuracy(model.predict(.dense(data.xTest)), data.yTest)
    #expect(abs(accuracy - LinearTestData.accuracy(linearSVC)) <= 0.01)
    #expect(abs(accuracy - LinearTestData.accuracy(kernelSVC)) <= 0.01)
    let s = model.scores(.dense(data.xTest))
    #expect((0..<s.rows).allSatisfy { s[$0, 0] == -s[$0, 1] })
}

@Test func svmSquaredHingeCoefficientsMatchLinearSVCOnDigits() throws {
    // sklearn's dual="auto" solved this in the primal and converged (no warning).
    let data = try LinearTestData.classification("digits_9_vs_rest")
    let reference = try LinearTestData.reference("digits_9_vs_rest", "linear_svc")
    let coef = try #require(reference["coef"] as? [Double])
    let intercept = try #require((reference["intercept"] as? [Double])?.first)
    let model = try LinearSVM().fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    #expect(LinearTestData.relativeError(model.coefficients.values, coef) < 0.03)
    // sklearn itself stopped 0.06 from the exact optimum's intercept (-0.689) at tol=1e-4.
    #expect(abs(model.intercepts[0] - intercept) < 0.1)
}

@Test func svmHingeMatchesLinearKernelSVCAccuracyOnDigits() throws {
    let data = try LinearTestData.classification("digits_9_vs_rest")
    let reference = try LinearTestData.reference("digits_9_vs_rest", "svc_linear")
    #expect(reference["estimator"] as? String == "SVC(kernel='linear')")
    let model = try LinearSVM(loss: .hinge).fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    let accuracy = LinearTestData.accuracy(model.predict(.dense(data.xTest)), data.yTest)
    #expect(abs(accuracy - LinearTestData.accuracy(reference)) <= 0.01)
}

@Test func svmHingeWarnsLikeLiblinearWhenUnscaledBreastCancerDoesNotConverge() throws {
    // sklearn's LinearSVC(loss="hinge") does not converge here either (1000 passes).
    let data = try LinearTestData.classification("breast_cancer")
    let model = try LinearSVM(loss: .hinge).fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    #expect(model.warnings == ["ConvergenceWarning: Liblinear failed to converge, increase the number of iterations."])
}

@Test func svmDualSolutionsMatchSklearnOnScaledBreastCancer() throws {
    // Reference: LinearSVC(random_state=0, max_iter=100000, tol=1e-8, loss=…, dual=True)
    // on StandardScaler-transformed data, scikit-learn 1.9.1.
    let data = try LinearTestData.classification("breast_cancer")
    let scaler = try StandardScaler().fit(.dense(data.xTrain))
    let x = try scaler.transform(.dense(data.xTrain))
    let cases: [(LinearSVM.Loss, [Double], Double)] = [
        (.hinge, [-0.39211378, -0.0678294, -0.31339862, -0.45776651, 0.32138333], 0.14640197),
        (.squaredHinge, [-0.17598888, 0.12287302, -0.0696264, -0.14984865, 0.0163381], -0.1597884),
    ]
    for (loss, coefPrefix, intercept) in cases {
        let model = try LinearSVM(loss: loss, maxIter: 100_000, tol: 1e-8, dual: true).fit(x, data.yTrain, classCount: 2)
        #expect(model.warnings.isEmpty)
        for j in 0..<5 { #expect(abs(model.coefficients[0, j] - coefPrefix[j]) < 1e-6) }
        #expect(abs(model.intercepts[0] - intercept) < 1e-6)
    }
}

@Test func svmPrimalAndDualReachTheSameSquaredHingeOptimum() throws {
    let data = try LinearTestData.classification("breast_cancer")
    let x = try StandardScaler().fit(.dense(data.xTrain)).transform(.dense(data.xTrain))
    let dual = try LinearSVM(maxIter: 100_000, tol: 1e-8, dual: true).fit(x, data.yTrain, classCount: 2)
    let primal = try LinearSVM(maxIter: 100_000, tol: 1e-8, dual: false).fit(x, data.yTrain, classCount: 2)
    #expect(LinearTestData.relativeError(primal.coefficients.values, dual.coefficients.values) < 1e-5)
    #expect(abs(primal.intercepts[0] - dual.intercepts[0]) < 1e-5)
}

@Test(arguments: [true, false])
func svmSparseAndDenseInputsGiveTheSameModel(dual: Bool) throws {
    let data = try LinearTestData.classification("digits_9_vs_rest")
    let rows = Array(0..<500)
    let scaler = try StandardScaler(withMean: false).fit(.dense(data.xTrain))
    let x = try scaler.transform(.dense(data.xTrain.selectingRows(rows))).denseMatrix()
    let y = rows.map { data.yTrain[$0] }
    let xTest = try scaler.transform(.dense(data.xTest)).denseMatrix()
    let config = LinearSVM(c: 0.1, maxIter: 20_000, tol: 1e-6, dual: dual)
    let dense = try config.fit(.dense(x), y, classCount: 2)
    let sparse = try config.fit(.sparse(LinearTestData.sparse(x)), y, classCount: 2)
    #expect(dense.warnings.isEmpty && sparse.warnings.isEmpty)
    // Summation order differs between the kernels: equal up to the solver tolerance.
    #expect(LinearTestData.relativeError(sparse.coefficients.values, dense.coefficients.values) < 1e-4)
    #expect(dense.predict(.dense(xTest)) == sparse.predict(.sparse(LinearTestData.sparse(xTest))))
}

@Test func plattScalingMatchesSklearnSigmoidCalibration() {
    // sklearn.calibration._sigmoid_calibration(f, y) → (-0.7470932545045574, 0.23866419197785554).
    let f = [-2.0, -1.5, -0.3, 0.1, 0.4, 1.2, 2.5, -0.8, 0.9, 3.0]
    let y = [0, 0, 1, 0, 1, 1, 1, 0, 0, 1].map { $0 == 1 }
    let platt = PlattScaling.fit(decisionValues: f, labels: y)
    #expect(abs(platt.a - -0.7470932545045574) < 1e-4)
    #expect(abs(platt.b - 0.23866419197785554) < 1e-4)
    #expect(platt.probability(10) > 0.99 && platt.probability(-10) < 0.01)
}

@Test func svmWithProbabilityGivesCalibratedMonotoneProbabilities() throws {
    let data = try LinearTestData.classification("digits_9_vs_rest")
    let plain = try LinearSVM().fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    let calibrated = try LinearSVM(probability: true).fit(.dense(data.xTrain), data.yTrain, classCount: 2)
    #expect(calibrated.scoreKind == .probability)
    let p = calibrated.scores(.dense(data.xTest)), f = plain.decisionFunction(.dense(data.xTest))
    #expect((0..<p.rows).allSatisfy { p[$0, 1] > 0 && p[$0, 1] < 1 && abs(p[$0, 0] + p[$0, 1] - 1) < 1e-12 })
    let order = (0..<p.rows).sorted { f[$0, 0] < f[$1, 0] }
    #expect(zip(order, order.dropFirst()).allSatisfy { p[$0, 1] <= p[$1, 1] })
}

@Test func svmOneVersusRestHandlesTenDigitClasses() throws {
    let table = try LinearTestData.table("digits")
    let y = table.target.map { Int($0) }
    let train = Array(stride(from: 0, to: y.count, by: 2)), test = Array(stride(from: 1, to: y.count, by: 2))
    let scaler = try StandardScaler().fit(.dense(table.features.selectingRows(train)))
    let xTrain = try scaler.transform(.dense(table.features.selectingRows(train)))
    let xTest = try scaler.transform(.dense(table.features.selectingRows(test)))
    let model = try LinearSVM(probability: true).fit(xTrain, train.map { y[$0] }, classCount: 10)
    #expect(model.coefficients.rows == 10)
    let p = model.scores(xTest)
    #expect((0..<p.rows).allSatisfy { i in abs((0..<10).reduce(0.0) { $0 + p[i, $1] } - 1) < 1e-12 })
    #expect(LinearTestData.accuracy(model.predict(xTest), test.map { y[$0] }) > 0.93)
}

@Test func svmRejectsInvalidHyperParameters() throws {
    let x = FeatureMatrix.dense(Matrix(rowArrays: [[0], [1]]))
    func message(_ config: LinearSVM) -> String {
        do { _ = try config.fit(x, [0, 1], classCount: 2); return "no error" } catch { return "\(error)" }
    }
    #expect(message(LinearSVM(c: -1)) == "invalid value -1.0 for c: expected a finite number > 0")
    #expect(message(LinearSVM(tol: 0)) == "invalid value 0.0 for tol: expected a finite number > 0")
    #expect(message(LinearSVM(loss: .hinge, dual: false))
        == "invalid value false for dual: expected true or nil with loss .hinge (liblinear has no primal hinge solver)")
}
