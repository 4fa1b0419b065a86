import Foundation
import LabCore
import Models
import Testing

/// Our CART against scikit-learn's fitted `DecisionTreeClassifier(max_depth=3, random_state=0)`:
/// identical nodes, predictions and probabilities.
@Suite struct TreeGoldenTests {
    func check(_ name: String) throws {
        let s = try TreeFixtures.setup(name)
        let golden = try #require(s.models["tree"] as? [String: Any])
        #expect(golden["estimator"] as? String == "DecisionTreeClassifier(max_depth=3, random_state=0)")
        let fitted = try DecisionTreeClassifier(maxDepth: 3).fit(s.trainX, s.trainY, classCount: 2)
        let predictions = fitted.predict(s.testX)
        #expect(predictions == golden["test_predictions"] as? [Int])
        let scores = fitted.scores(s.testX)
        let expected = try #require(golden["test_scores"] as? [Double])
        #expect(expected.count == scores.rows)
        for i in 0..<min(expected.count, scores.rows) {
            #expect(abs(scores[i, 1] - expected[i]) <= 1e-12 * max(1, abs(expected[i])), "row \(i)")
        }
        let nodes = try #require(golden["tree"] as? [String: Any])
        #expect(fitted.tree.childrenLeft == nodes["children_left"] as? [Int])
        #expect(fitted.tree.childrenRight == nodes["children_right"] as? [Int])
        #expect(fitted.tree.nodeSampleCounts == nodes["n_node_samples"] as? [Int])
        let values = try #require(nodes["value"] as? [[Double]])
        for (i, row) in values.enumerated() where i < fitted.tree.nodeCount {
            for c in 0..<2 { #expect(abs(fitted.tree.values[i, c] - row[c]) <= 1e-12, "node \(i)") }
        }
        // sklearn's feature order for random_state=0 is reproduced, so even tied splits agree.
        #expect(fitted.tree.feature == nodes["feature"] as? [Int])
        // The golden JSON rounds some thresholds to 16 digits (README: compare with 1e-12 relative).
        let thresholds = try #require(nodes["threshold"] as? [Double])
        #expect(thresholds.count == fitted.tree.nodeCount)
        for (ours, theirs) in zip(fitted.tree.threshold, thresholds) {
            #expect(abs(ours - theirs) <= 1e-12 * abs(theirs))
        }
    }

    @Test func digitsTreeMatchesScikitLearnExactly() throws { try check("digits_9_vs_rest") }

    @Test func breastCancerTreeMatchesScikitLearnExactly() throws { try check("breast_cancer") }

    /// sklearn 1.9.1 `DecisionTreeClassifier(max_features='sqrt', max_depth=4, random_state=rs)` on
    /// digits 9-vs-rest: the same seed draws the same features.
    @Test(arguments: [
        (UInt64(5), [44, 29, 21, 41, -2, -2, 27, -2, -2, 21, 20, -2, -2, 37, -2, -2, 21, 5, -2, 22, -2, -2, 42, 26,
                     -2, -2, 44, -2, -2], 47.46449546576901),
        (UInt64(123_456_789), [36, 41, 30, 46, -2, -2, 44, -2, -2, 21, -2, 25, -2, -2, 30, 42, 52, -2, -2, -2, 17,
                               44, -2, -2, 13, -2, -2], 37.47111670960446),
    ])
    func featureSamplingMatchesScikitLearnForTheSameSeed(seed: UInt64, features: [Int], scoreSum: Double) throws {
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try DecisionTreeClassifier(maxDepth: 4, maxFeatures: .sqrt, seed: seed)
            .fit(s.trainX, s.trainY, classCount: 2)
        #expect(fitted.tree.feature == features)
        #expect(abs(fitted.scores(s.testX).column(1).reduce(0, +) - scoreSum) < 1e-9)
    }

    @Test func fractionOfFeaturesAndLeafSizeMatchScikitLearn() throws {
        // sklearn: DecisionTreeClassifier(max_features=0.3, min_samples_leaf=3, random_state=7): 77 nodes.
        let s = try TreeFixtures.setup("digits_9_vs_rest")
        let fitted = try DecisionTreeClassifier(minSamplesLeaf: 3, maxFeatures: .fraction(0.3), seed: 7)
            .fit(s.trainX, s.trainY, classCount: 2)
        #expect(fitted.tree.nodeCount == 77)
        #expect(Array(fitted.tree.feature.prefix(20)) == [43, 42, 29, 22, 52, 4, -2, -2, 30, 45, 17, -2, -2, 59, 11,
                                                           -2, -2, -2, -2, 21])
        #expect(abs(fitted.scores(s.testX).column(1).reduce(0, +) - 46.33333333333333) < 1e-9)
    }

    @Test func seedBeyondThirtyTwoBitsIsRejected() throws {
        let data = ConformanceData.blobs()
        let error = #expect(throws: ModelError.self) {
            try DecisionTreeClassifier(seed: 1 << 32).fit(data.x, data.y, classCount: 3)
        }
        #expect(error?.description == "invalid value 4294967296 for seed: expected an integer in 0...4294967295")
    }
}
