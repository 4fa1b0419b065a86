import LabCore
import Models
import Testing

/// k-nearest neighbours against scikit-learn 1.9.1 (`KNeighborsClassifier`) figures.
@Suite struct KNNTests {
    @Test(arguments: [
        (5, KNeighborsClassifier.Weights.uniform, 44.8),
        (5, .distance, 44.67723980689459),
    ])
    func digitsProbabilitiesMatchScikitLearn(k: Int, weights: KNeighborsClassifier.Weights, sum: Double) throws {
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try KNeighborsClassifier(nNeighbors: k, weights: weights).fit(s.trainX, s.trainY, classCount: 2)
        #expect(abs(fitted.scores(s.testX).column(1).reduce(0, +) - sum) < 1e-9)
        #expect(abs(TreeFixtures.accuracy(fitted.predict(s.testX), s.testY) - 0.9955555555555555) < 1e-12)
    }

    @Test func breastCancerDistanceWeightsMatchScikitLearn() throws {
        let s = try TreeFixtures.setup("breast_cancer")
        let uniform = try KNeighborsClassifier().fit(s.trainX, s.trainY, classCount: 2).scores(s.testX)
        #expect(Array(uniform.column(1).prefix(4)) == [0.2, 0, 0, 1])
        let weighted = try KNeighborsClassifier(weights: .distance).fit(s.trainX, s.trainY, classCount: 2)
        let p = weighted.scores(s.testX).column(1)
        #expect(abs(p[0] - 0.21043464443610252) < 1e-12)
        #expect(abs(p.reduce(0, +) - 89.61965716659685) < 1e-9)
        let wide = try KNeighborsClassifier(nNeighbors: 15).fit(s.trainX, s.trainY, classCount: 2).scores(s.testX)
        #expect(abs(wide.column(1).reduce(0, +) - 90.93333333333334) < 1e-9)
    }

    /// Exact ties at the k-th distance: we keep the lower training index. sklearn's chunked
    /// heap does not promise an order (on digits with k = 15 it keeps a higher index in 7 of
    /// 450 test rows, changing one probability by 1/15).
    @Test func equalDistancesGoToTheLowerTrainingIndex() throws {
        let x = FeatureMatrix.dense(Matrix(rowArrays: [[1, 0], [-1, 0], [0, 1], [5, 5]]))
        let fitted = try KNeighborsClassifier(nNeighbors: 2).fit(x, [1, 0, 2, 0], classCount: 3)
        let found = fitted.neighbors(.dense(Matrix(rowArrays: [[0, 0]])))[0]
        #expect(found.map(\.index) == [0, 1])
        #expect(found.map(\.distance) == [1, 1])
        #expect(fitted.predict(.dense(Matrix(rowArrays: [[0, 0]]))) == [0])
    }

    @Test func distanceWeightsGiveExactMatchesAllTheWeight() throws {
        let x = FeatureMatrix.dense(Matrix(rowArrays: [[0], [1], [2]]))
        let fitted = try KNeighborsClassifier(nNeighbors: 3, weights: .distance).fit(x, [0, 1, 1], classCount: 2)
        #expect(fitted.scores(.dense(Matrix(rowArrays: [[0]]))).values == [1, 0])
        let between = fitted.scores(.dense(Matrix(rowArrays: [[0.5]]))).values
        #expect(abs(between[0] - 2.0 / (2 + 2 + 2.0 / 3)) < 1e-15)
    }

    @Test func tooManyNeighboursAreRejected() throws {
        let x = FeatureMatrix.dense(Matrix(rowArrays: [[0], [1], [2]]))
        let error = #expect(throws: ModelError.self) { try KNeighborsClassifier().fit(x, [0, 1, 1], classCount: 2) }
        #expect(error?.description == "invalid value 5 for nNeighbors: expected at most the number of training samples (3)")
    }
}
