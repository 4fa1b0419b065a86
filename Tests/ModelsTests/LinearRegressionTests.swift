import Foundation
import LabCore
import Models
import Testing

/// The golden diabetes split: `train`/`test` features and targets.
enum DiabetesData {
    static func load() throws -> (xTrain: Matrix, yTrain: [Double], xTest: Matrix, yTest: [Double]) {
        let table = try LinearTestData.table("diabetes")
        let split = try LinearTestData.json("models/splits/diabetes.json")
        let train = split["train_indices"] as? [Int] ?? [], test = split["test_indices"] as? [Int] ?? []
        return (table.features.selectingRows(train), train.map { table.target[$0] },
                table.features.selectingRows(test), test.map { table.target[$0] })
    }

    /// Checks coefficients, intercept and test predictions against `golden/models/diabetes.json`.
    static func expectMatchesGolden(_ model: FittedLinearModel, _ name: String, tolerance: Double) throws {
        let data = try load()
        let reference = try LinearTestData.reference("diabetes", name)
        let coef = try #require(reference["coef"] as? [Double])
        let intercept = try #require(reference["intercept"] as? Double)
        let predictions = try #require(reference["test_predictions"] as? [Double])
        #expect(model.coefficients.count == coef.count)
        for (ours, theirs) in zip(model.coefficients, coef) {
            #expect(abs(ours - theirs) <= tolerance * abs(theirs), "coefficient \(ours) vs \(theirs)")
        }
        #expect(abs(model.intercept - intercept) <= tolerance * abs(intercept))
        for (ours, theirs) in zip(model.predict(.dense(data.xTest)), predictions) {
            #expect(abs(ours - theirs) <= tolerance * abs(theirs))
        }
    }
}

@Test func linearRegressionMatchesSklearnOnDiabetes() throws {
    let data = try DiabetesData.load()
    let model = try LinearRegression().fit(.dense(data.xTrain), data.yTrain)
    #expect(model.warnings.isEmpty)
    try DiabetesData.expectMatchesGolden(model, "linear", tolerance: 1e-8)
}

@Test func linearRegressionRecoversAnExactLinearFunction() throws {
    let rows = (0..<20).map { i in [Double(i), Double(i * i % 7), sin(Double(i))] }
    let y = rows.map { 3 - 2 * $0[0] + 0.5 * $0[1] + 4 * $0[2] }
    let model = try LinearRegression().fit(.dense(Matrix(rowArrays: rows)), y)
    for (ours, truth) in zip(model.coefficients, [-2.0, 0.5, 4.0]) { #expect(abs(ours - truth) < 1e-12) }
    #expect(abs(model.intercept - 3) < 1e-12)
}

@Test func linearRegressionGivesZeroForADuplicatedColumnAndStillFits() throws {
    // Rank-deficient design: the second column repeats the first.
    let rows = (0..<10).map { i in [Double(i), Double(i), Double(i % 3)] }
    let y = rows.map { 1 + 2 * $0[0] - $0[2] }
    let model = try LinearRegression().fit(.dense(Matrix(rowArrays: rows)), y)
    #expect(abs(model.coefficients[0] + model.coefficients[1] - 2) < 1e-10)
    #expect(model.coefficients.contains(0))
    let fitted = model.predict(.dense(Matrix(rowArrays: rows)))
    #expect(zip(fitted, y).allSatisfy { abs($0 - $1) < 1e-10 })
}

@Test func linearRegressionAcceptsSparseInput() throws {
    let data = try DiabetesData.load()
    let dense = try LinearRegression().fit(.dense(data.xTrain), data.yTrain)
    let sparse = try LinearRegression().fit(.sparse(LinearTestData.sparse(data.xTrain)), data.yTrain)
    #expect(dense.coefficients == sparse.coefficients)
    #expect(dense.intercept == sparse.intercept)
}

@Test func linearRegressionRejectsBadData() {
    func message(_ x: Matrix, _ y: [Double]) -> String {
        do { _ = try LinearRegression().fit(.dense(x), y); return "no error" } catch { return "\(error)" }
    }
    #expect(message(Matrix(rowArrays: [[1], [2]]), [1]) == "features have 2 rows but there are 1 targets")
    #expect(message(Matrix(rows: 0, columns: 2), []) == "the training set is empty")
    #expect(message(Matrix(rowArrays: [[1], [2]]), [1, .infinity]) == "the target of row 1 is NaN or infinite")
    #expect(message(Matrix(rowArrays: [[1], [.nan]]), [1, 2]) == "feature 0 of row 1 is NaN or infinite")
}
