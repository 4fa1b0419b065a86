import Foundation
import LabCore
import Models
import Testing

@Test func ridgeMatchesSklearnOnDiabetes() throws {
    let data = try DiabetesData.load()
    let reference = try LinearTestData.reference("diabetes", "ridge")
    #expect(reference["estimator"] as? String == "Ridge(alpha=1.0)")
    let model = try Ridge().fit(.dense(data.xTrain), data.yTrain)
    #expect(model.warnings.isEmpty)
    try DiabetesData.expectMatchesGolden(model, "ridge", tolerance: 1e-8)
}

@Test func ridgeWithZeroAlphaEqualsLinearRegression() throws {
    let data = try DiabetesData.load()
    let ridge = try Ridge(alpha: 0).fit(.dense(data.xTrain), data.yTrain)
    let ols = try LinearRegression().fit(.dense(data.xTrain), data.yTrain)
    #expect(LinearTestData.relativeError(ridge.coefficients, ols.coefficients) < 1e-9)
}

@Test func ridgeShrinksCoefficientsAsAlphaGrows() throws {
    let data = try DiabetesData.load()
    let norms = try [0.1, 1, 10, 100].map { alpha in
        try Ridge(alpha: alpha).fit(.dense(data.xTrain), data.yTrain).coefficients.reduce(0) { $0 + $1 * $1 }
    }
    #expect(zip(norms, norms.dropFirst()).allSatisfy { $0 > $1 })
}

@Test func ridgeDoesNotPenaliseTheIntercept() throws {
    // Constant target: every alpha predicts it exactly through the intercept alone.
    let x = Matrix(rowArrays: (0..<8).map { [Double($0), Double($0 % 3)] })
    let model = try Ridge(alpha: 1e6).fit(.dense(x), [Double](repeating: 42, count: 8))
    #expect(model.predict(.dense(x)).allSatisfy { abs($0 - 42) < 1e-12 })
}

@Test func ridgeRejectsNegativeAlpha() {
    do {
        _ = try Ridge(alpha: -1).fit(.dense(Matrix(rowArrays: [[1], [2]])), [1, 2])
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "invalid value -1.0 for alpha: expected a finite number >= 0")
    }
}
