import LabCore
import Models
import Testing

/// Decision tree behaviour beyond the golden fits: limits, errors, regression.
@Suite struct TreeTests {
    @Test func unlimitedDigitsTreeMatchesScikitLearnSummary() throws {
        // sklearn 1.9.1 DecisionTreeClassifier(random_state=0): 93 nodes, depth 11, 47 leaves, accuracy 0.9533.
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try DecisionTreeClassifier().fit(s.trainX, s.trainY, classCount: 2)
        #expect(fitted.tree.nodeCount == 93)
        #expect(fitted.tree.depth == 11)
        #expect(fitted.tree.leafCount == 47)
        #expect(abs(TreeFixtures.accuracy(fitted.predict(s.testX), s.testY) - 0.9533333333333334) < 1e-12)
        #expect(fitted.scores(s.testX).column(1).reduce(0, +) == 40)
        #expect(fitted.predict(s.trainX) == s.trainY)
    }

    @Test func entropyTreeMatchesScikitLearnProbabilities() throws {
        // sklearn: DecisionTreeClassifier(criterion='entropy', max_depth=4, random_state=0) on digits 9-vs-rest.
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try DecisionTreeClassifier(criterion: .entropy, maxDepth: 4).fit(s.trainX, s.trainY, classCount: 2)
        let scores = fitted.scores(s.testX)
        #expect(fitted.tree.nodeCount == 21)
        #expect(abs(scores.column(1).reduce(0, +) - 41.83598373111648) < 1e-9)
        #expect(abs(scores[0, 1] - 0.035398230088495575) < 1e-15)
        #expect(abs(TreeFixtures.accuracy(fitted.predict(s.testX), s.testY) - 0.9533333333333334) < 1e-12)
        let logLoss = try DecisionTreeClassifier(criterion: .logLoss, maxDepth: 4).fit(s.trainX, s.trainY, classCount: 2)
        #expect(logLoss.tree == fitted.tree)
    }

    @Test func irisTreeMatchesScikitLearnIncludingTiedRootSplit() throws {
        // Petal length and width separate setosa equally well; sklearn's random_state=0 order picks width.
        let csv = try TreeFixtures.loadCSV("iris")
        let fitted = try DecisionTreeClassifier().fit(.dense(csv.x), csv.target.map { Int($0) }, classCount: 3)
        #expect(fitted.tree.feature == [3, -2, 3, 2, 3, -2, -2, 3, -2, 2, -2, -2, 2, 1, -2, -2, -2])
        let thresholds = [0.800000011920929, -2.0, 1.75, 4.950000047683716, 1.6500000357627869, -2.0, -2.0,
                          1.550000011920929, -2.0, 5.450000047683716, -2.0, -2.0, 4.8500001430511475,
                          3.100000023841858, -2.0, -2.0, -2.0]
        #expect(fitted.tree.threshold == thresholds)
    }

    @Test func growthLimitsAreRespected() throws {
        let s = try TreeFixtures.setup("breast_cancer")
        let fitted = try DecisionTreeClassifier(maxDepth: 4, minSamplesSplit: 30, minSamplesLeaf: 7)
            .fit(s.trainX, s.trainY, classCount: 2)
        let tree = fitted.tree
        #expect(tree.depth <= 4)
        for i in 0..<tree.nodeCount {
            if tree.childrenLeft[i] == -1 {
                #expect(tree.nodeSampleCounts[i] >= 7)
            } else {
                #expect(tree.nodeSampleCounts[i] >= 30)
                #expect(tree.nodeSampleCounts[tree.childrenLeft[i]] + tree.nodeSampleCounts[tree.childrenRight[i]]
                        == tree.nodeSampleCounts[i])
            }
        }
    }

    @Test func featureImportancesSumToOneAndFavourTheRootFeature() throws {
        let s = try TreeFixtures.setup("breast_cancer")
        let fitted = try DecisionTreeClassifier(maxDepth: 3).fit(s.trainX, s.trainY, classCount: 2)
        let importances = fitted.featureImportances
        #expect(importances.count == 30)
        #expect(abs(importances.reduce(0, +) - 1) < 1e-12)
        #expect(importances.firstIndex(of: importances.max() ?? 0) == fitted.tree.feature[0])
    }

    @Test func sparseInputGivesTheSameTreeAsDense() throws {
        let data = ConformanceData.blobs(nonNegative: true)
        let dense = data.x.denseMatrix()
        var offsets = [0], columns: [Int] = [], values: [Double] = []
        for i in 0..<dense.rows {
            for j in 0..<dense.columns where dense[i, j] != 0 { columns.append(j); values.append(dense[i, j]) }
            offsets.append(columns.count)
        }
        let sparse = FeatureMatrix.sparse(SparseMatrix(rows: dense.rows, columns: dense.columns, rowOffsets: offsets,
                                                       columnIndices: columns, values: values))
        let a = try DecisionTreeClassifier().fit(data.x, data.y, classCount: 3)
        let b = try DecisionTreeClassifier().fit(sparse, data.y, classCount: 3)
        #expect(a.tree == b.tree)
        #expect(a.scores(sparse) == a.scores(data.x))
    }

    @Test(arguments: [
        (DecisionTreeClassifier(maxDepth: 0), "invalid value 0 for maxDepth: expected an integer >= 1"),
        (DecisionTreeClassifier(minSamplesSplit: 1), "invalid value 1 for minSamplesSplit: expected an integer >= 2"),
        (DecisionTreeClassifier(minSamplesLeaf: 0), "invalid value 0 for minSamplesLeaf: expected an integer >= 1"),
        (DecisionTreeClassifier(maxFeatures: .count(5)),
         "invalid value 5 for maxFeatures: expected a count in 1...4 (the number of features)"),
        (DecisionTreeClassifier(maxFeatures: .fraction(1.5)), "invalid value 1.5 for maxFeatures: expected a fraction in (0, 1]"),
        (DecisionTreeClassifier(minImpurityDecrease: -1),
         "invalid value -1.0 for minImpurityDecrease: expected a finite number >= 0"),
    ])
    func invalidHyperParametersAreRejectedWithAClearMessage(model: DecisionTreeClassifier, message: String) throws {
        let data = ConformanceData.blobs()
        let error = #expect(throws: ModelError.self) { try model.fit(data.x, data.y, classCount: 3) }
        #expect(error?.description == message)
    }

    @Test func outOfRangeLabelIsRejectedWithItsRow() throws {
        let data = ConformanceData.blobs()
        var y = data.y
        y[4] = 7
        let error = #expect(throws: ModelError.self) { try DecisionTreeClassifier().fit(data.x, y, classCount: 3) }
        #expect(error?.description == "invalid value 7 for label of row 4: expected a class code in 0..<3")
    }

    @Test func regressionTreeMatchesScikitLearnOnDiabetes() throws {
        // sklearn 1.9.1 DecisionTreeRegressor(max_depth=3, random_state=0) fitted on all 442 rows.
        let csv = try TreeFixtures.loadCSV("diabetes")
        let fitted = try DecisionTreeRegressor(maxDepth: 3).fit(.dense(csv.x), csv.target)
        let tree = fitted.tree
        #expect(tree.feature == [8, 2, 6, -2, -2, 0, -2, -2, 2, 2, -2, -2, 2, -2, -2])
        #expect(tree.nodeSampleCounts == [442, 218, 171, 87, 84, 47, 2, 45, 224, 116, 42, 74, 108, 77, 31])
        let thresholds = [-0.0037611760199069977, 0.0061888848431408405, 0.021027816459536552, -2, -2,
                          -0.07998159155249596, -2, -2, 0.014811381697654724, -0.021834230050444603, -2, -2,
                          0.06870198622345924, -2, -2]
        #expect(tree.threshold == thresholds)
        let means = [152.13348416289594, 109.9862385321101, 96.30994152046783, 108.80459770114942, 83.36904761904762,
                     159.74468085106383, 274.0, 154.66666666666666, 193.15178571428572, 162.68103448275863,
                     137.6904761904762, 176.86486486486487, 225.87962962962962, 208.57142857142858, 268.8709677419355]
        for (i, mean) in means.enumerated() { #expect(abs(tree.values[i, 0] - mean) <= 1e-9 * mean, "node \(i)") }
        let predictions = fitted.predict(.dense(csv.x))
        #expect(predictions[0] == tree.values[tree.apply(csv.x)[0], 0])
        #expect(abs(fitted.featureImportances.reduce(0, +) - 1) < 1e-12)
    }

    @Test func regressionTreeRejectsNonFiniteTargets() throws {
        let x = FeatureMatrix.dense(Matrix(rowArrays: [[1], [2], [3]]))
        let error = #expect(throws: ModelError.self) { try DecisionTreeRegressor().fit(x, [1, .nan, 3]) }
        #expect(error?.description == "invalid value nan for target of row 1: expected a finite number")
    }
}
