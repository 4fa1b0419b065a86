import LabCore
import Models
import Testing

/// Gaussian and multinomial naive Bayes against scikit-learn 1.9.1 fits.
@Suite struct NaiveBayesTests {
    func iris() throws -> (x: FeatureMatrix, y: [Int]) {
        let csv = try TreeFixtures.loadCSV("iris")
        return (.dense(csv.x), csv.target.map { Int($0) })
    }

    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func gaussianParametersMatchScikitLearnOnIris() throws {
        let data = try iris()
        let fitted = try GaussianNB().fit(data.x, data.y, classCount: 3)
        let theta = [5.005999999999999, 3.428000000000001, 1.4620000000000002, 0.2459999999999999,
                     5.936, 2.7700000000000005, 4.26, 1.3259999999999998,
                     6.587999999999998, 2.9739999999999998, 5.552, 2.026]
        let variance = [0.12176400309550259, 0.14081600309550263, 0.029556003095502676, 0.010884003095502673,
                        0.2611040030955028, 0.09650000309550268, 0.21640000309550278, 0.03832400309550265,
                        0.39625600309550263, 0.10192400309550273, 0.2984960030955029, 0.07392400309550265]
        #expect(zip(fitted.means.values, theta).allSatisfy { close($0, $1) })
        #expect(zip(fitted.variances.values, variance).allSatisfy { close($0, $1) })
        #expect(close(fitted.epsilon, 3.0955026666666677e-09))
        let p = fitted.scores(data.x.selectingRows([0, 50, 100]))
        #expect(close(p[1, 1], 0.8040376655396819, 1e-10) && close(p[1, 2], 0.19596233446031788, 1e-10))
        #expect(close(p[2, 1], 6.353810311595854e-11, 1e-6))
    }

    @Test func gaussianProbabilitiesMatchScikitLearnOnDigits() throws {
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try GaussianNB().fit(s.trainX, s.trainY, classCount: 2)
        #expect(close(fitted.scores(s.testX).column(1).reduce(0, +), 176.03153077786348, 1e-9))
        #expect(close(TreeFixtures.accuracy(fitted.predict(s.testX), s.testY), 0.6866666666666666))
    }

    @Test func multinomialParametersMatchScikitLearnOnIris() throws {
        let data = try iris()
        let fitted = try MultinomialNB().fit(data.x, data.y, classCount: 3)
        let logProb = [-0.7099178212246882, -1.0867479075446411, -1.9311497334721928, -3.648801230546526,
                       -0.8808827544295097, -1.6392402734179985, -1.2113288596575673, -2.3681446380287365,
                       -0.957790462780908, -1.7494612130021476, -1.1283174430820253, -2.1301848314701495]
        #expect(zip(fitted.featureLogProb.values, logProb).allSatisfy { close($0, $1) })
        #expect(fitted.classLogPrior.allSatisfy { close($0, -1.0986122886681096) })
    }

    @Test func multinomialProbabilitiesMatchScikitLearnOnDigits() throws {
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try MultinomialNB().fit(s.trainX, s.trainY, classCount: 2)
        let p = fitted.scores(s.testX).column(1)
        #expect(close(p.reduce(0, +), 93.8723627231104, 1e-9))
        #expect(close(p[0], 1.665013857817964e-12, 1e-6))
        #expect(close(TreeFixtures.accuracy(fitted.predict(s.testX), s.testY), 0.8666666666666667))
    }

    @Test func multinomialAcceptsSparseCounts() throws {
        let dense = Matrix(rowArrays: [[2, 0, 1], [0, 3, 0], [1, 0, 4], [0, 1, 0]])
        let sparse = SparseMatrix(rows: 4, columns: 3, rowOffsets: [0, 2, 3, 5, 6], columnIndices: [0, 2, 1, 0, 2, 1],
                                  values: [2, 1, 3, 1, 4, 1])
        let y = [0, 1, 0, 1]
        let a = try MultinomialNB(alpha: 0.5).fit(.dense(dense), y, classCount: 2)
        let b = try MultinomialNB(alpha: 0.5).fit(.sparse(sparse), y, classCount: 2)
        #expect(a.featureLogProb == b.featureLogProb)
        let pa = a.scores(.dense(dense)), pb = b.scores(.sparse(sparse))
        #expect(zip(pa.values, pb.values).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    @Test func multinomialRejectsNegativeFeatures() throws {
        let x = FeatureMatrix.dense(Matrix(rowArrays: [[1, 2], [3, -1]]))
        let error = #expect(throws: NaiveBayesError.self) { try MultinomialNB().fit(x, [0, 1], classCount: 2) }
        #expect(error?.description == "MultinomialNB needs non-negative features (counts); feature 1 of row 1 is -1.0")
    }

    @Test func malformedPriorsAreRejected() throws {
        let x = FeatureMatrix.dense(Matrix(rowArrays: [[1, 2], [3, 1]]))
        let error = #expect(throws: NaiveBayesError.self) {
            try GaussianNB(priors: [0.5, 0.6]).fit(x, [0, 1], classCount: 2)
        }
        #expect(error?.description == "invalid class priors: they sum to 1.1, not 1")
        let negative = #expect(throws: ModelError.self) { try MultinomialNB(alpha: -1).fit(x, [0, 1], classCount: 2) }
        #expect(negative?.description == "invalid value -1.0 for alpha: expected a finite number >= 0")
    }

    @Test func absentClassGetsZeroProbability() throws {
        let x = FeatureMatrix.dense(Matrix(rowArrays: [[0, 1], [1, 0], [0, 2]]))
        let fitted = try GaussianNB().fit(x, [0, 2, 0], classCount: 3)
        let p = fitted.scores(x)
        #expect((0..<3).allSatisfy { p[$0, 1] == 0 })
        #expect(fitted.predict(x) == [0, 2, 0])
    }
}
