import LabCore
import Models
import Testing

/// Dummy baselines: scikit-learn's strategies.
@Suite struct DummyTests {
    @Test func mostFrequentMatchesTheGoldenBaseline() throws {
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let golden = try #require(s.models["dummy"] as? [String: Any])
        #expect(golden["estimator"] as? String == "DummyClassifier(strategy='most_frequent')")
        let fitted = try DummyClassifier().fit(s.trainX, s.trainY, classCount: 2)
        #expect(fitted.predict(s.testX) == golden["test_predictions"] as? [Int])
        #expect(fitted.scores(s.testX).column(1) == golden["test_scores"] as? [Double])
    }

    @Test func priorStrategyScoresAreTheClassFrequencies() throws {
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try DummyClassifier(strategy: .prior).fit(s.trainX, s.trainY, classCount: 2)
        let scores = fitted.scores(s.testX)
        #expect(scores.row(0) == [1212.0 / 1347, 135.0 / 1347])
        #expect(Set(fitted.predict(s.testX)) == [0])
    }

    @Test func stratifiedDrawsFollowThePriorsAndRepeat() throws {
        let y = [0, 0, 0, 1]
        let x = FeatureMatrix.dense(Matrix(rows: 4, columns: 1))
        let fitted = try DummyClassifier(strategy: .stratified, seed: 5).fit(x, y, classCount: 3)
        let many = FeatureMatrix.dense(Matrix(rows: 20_000, columns: 1))
        let predictions = fitted.predict(many)
        let ones = Double(predictions.filter { $0 == 1 }.count) / 20_000
        #expect(abs(ones - 0.25) < 0.015)
        #expect(!predictions.contains(2))
        #expect(predictions == fitted.predict(many))
    }

    @Test func uniformPredictsEveryTrainingClassWithFlatProbabilities() throws {
        let x = FeatureMatrix.dense(Matrix(rows: 3, columns: 1))
        // Like scikit-learn's classes_, only the classes seen in training (0 and 1) are drawn.
        let fitted = try DummyClassifier(strategy: .uniform).fit(x, [0, 0, 1], classCount: 3)
        let many = FeatureMatrix.dense(Matrix(rows: 300, columns: 1))
        #expect(Set(fitted.predict(many)) == [0, 1])
        #expect(fitted.scores(x).values == [0.5, 0.5, 0, 0.5, 0.5, 0, 0.5, 0.5, 0])
    }

    @Test func constantOutsideTheClassesIsRejected() throws {
        let x = FeatureMatrix.dense(Matrix(rows: 2, columns: 1))
        let error = #expect(throws: ModelError.self) {
            try DummyClassifier(strategy: .constant(4)).fit(x, [0, 1], classCount: 2)
        }
        #expect(error?.description == "invalid value 4 for constant: expected a class code in 0..<2")
    }

    @Test func dummyRegressorPredictsMeanOrMedian() throws {
        let x = FeatureMatrix.dense(Matrix(rows: 4, columns: 1))
        let y = [1.0, 2, 10, 3]
        #expect(try DummyRegressor().fit(x, y).predict(x) == [4, 4, 4, 4])
        #expect(try DummyRegressor(strategy: .median).fit(x, y).predict(x) == [2.5, 2.5, 2.5, 2.5])
        #expect(throws: ModelError.emptyTrainingSet) { try DummyRegressor().fit(.dense(Matrix(rows: 0, columns: 1)), []) }
    }
}
