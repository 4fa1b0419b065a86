import Foundation
import LabCore
import Metrics
import Models
import Testing

/// Folds, `cross_validate` scores and `GridSearchCV` results against scikit-learn 1.9.1.
@Suite struct ModelSelectionTests {
    static let fixture = try? ScikitLearnFixture.load("model_selection.json")

    /// The scorer scikit-learn names `name`, on class codes and positive-class probabilities.
    static func score(_ name: String, truth: [Int], predicted: [Int], scores: Matrix) throws -> Double {
        let labels = Array(Set(truth + predicted)).sorted()
        switch name {
        case "accuracy": return try accuracy(yTrue: truth, yPred: predicted)
        case "f1": return try f1(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: 1).value
        case "precision": return try precision(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: 1).value
        case "recall": return try recall(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: 1).value
        case "f1_macro": return try f1(yTrue: truth, yPred: predicted, labels: labels, average: .macro).value
        case "roc_auc": return try rocAUC(yTrue: truth, scores: scores.column(1), positiveLabel: 1).value
        default: throw ModelError.invalidHyperParameter(name: "scoring", value: name, expected: "a known scorer")
        }
    }

    /// A tree or forest configured from scikit-learn parameters.
    static func model(_ kind: String, _ params: [String: FixtureValue]) throws -> any Classifier {
        let seed = UInt64(params["random_state"]?.int ?? 0)
        let depth = params["max_depth"]?.int
        if kind == "tree" {
            var tree = DecisionTreeClassifier(maxDepth: depth, seed: seed)
            if params["criterion"]?.string == "entropy" { tree.criterion = .entropy }
            if let leaf = params["min_samples_leaf"]?.int { tree.minSamplesLeaf = leaf }
            return tree
        }
        var forest = RandomForestClassifier(nEstimators: params["n_estimators"]?.int ?? 100, maxDepth: depth, seed: seed)
        if let k = params["max_features"]?.int { forest.maxFeatures = .count(k) }
        return forest
    }

    static func parameters(_ value: FixtureValue) -> [String: FixtureValue] {
        if case .object(let o) = value { return o }
        return [:]
    }

    static func foldScores(_ model: any Classifier, _ s: (x: Matrix, y: [Int]), folds: [Fold],
                           scoring: [String]) throws -> CrossValidationScores {
        try CrossValidationScores.run(folds: folds) { fold in
            let fitted = try model.fitAny(.dense(s.x.selectingRows(fold.train)), fold.train.map { s.y[$0] },
                                          classCount: (s.y.max() ?? 0) + 1)
            let testX = FeatureMatrix.dense(s.x.selectingRows(fold.test))
            let truth = fold.test.map { s.y[$0] }
            return try scoring.map {
                try score($0, truth: truth, predicted: fitted.predict(testX), scores: fitted.scores(testX))
            }
        }
    }

    static func train(_ name: String) throws -> (x: Matrix, y: [Int]) {
        let s = try ScikitLearnFixture.stratifiedQuarterSplit(name)
        guard case .dense(let x) = s.trainX else { throw ModelError.emptyTrainingSet }
        return (x, s.trainY)
    }

    @Test func foldsAreKFoldsAndStratifiedKFolds() throws {
        let cases = try #require(Self.fixture)["folds"].array
        #expect(cases.count == 8)
        for c in cases {
            let name = try #require(c["data"].string)
            let y = try ScikitLearnFixture.target(name).map { Int($0) }
            let k = try #require(c["folds"].int)
            let seed = c["seed"].int.map { UInt32($0) }
            let folds = c["stratify"].bool == true
                ? try CrossValidationFolds.stratifiedKFold(classes: y, folds: k, seed: seed).folds
                : try CrossValidationFolds.kFold(rows: y.count, folds: k, seed: seed)
            #expect(folds.map(\.test) == c["test"].array.compactMap(\.ints), "\(name) k=\(k) seed=\(String(describing: seed))")
            for fold in folds { #expect(Set(fold.train).union(fold.test).count == y.count) }
        }
    }

    @Test func crossValidateScoresAndTheirMeanAndStdAreScikitLearns() throws {
        let cases = try #require(Self.fixture)["crossval"].array
        #expect(cases.count == 5)
        for c in cases {
            let name = try #require(c["data"].string)
            let data = try Self.train(name)
            let seed = c["seed"].int.map { UInt32($0) }
            let folds = try CrossValidationFolds.stratifiedKFold(classes: data.y, folds: c["folds"].int ?? 5, seed: seed).folds
            let scoring = c["scoring"].array.compactMap(\.string)
            let model = try Self.model(c["model"].string ?? "", Self.parameters(c["params"]))
            let result = try Self.foldScores(model, data, folds: folds, scoring: scoring)
            for (m, scorer) in scoring.enumerated() {
                #expect(result.column(m) == c["scores"][scorer].doubles, "\(name) \(scorer)")
                #expect(result.mean(m) == c["mean"][scorer].double, "\(name) \(scorer) mean")
                #expect(result.std(m) == c["std"][scorer].double, "\(name) \(scorer) std")
            }
        }
    }

    @Test func gridSearchFindsScikitLearnsRanksAndBestCandidate() throws {
        let cases = try #require(Self.fixture)["search"].array
        #expect(cases.count == 5)
        for c in cases {
            let name = try #require(c["data"].string)
            let data = try Self.train(name)
            let seed = c["seed"].int.map { UInt32($0) }
            let folds = try CrossValidationFolds.stratifiedKFold(classes: data.y, folds: c["folds"].int ?? 5, seed: seed).folds
            guard case .object(let gridObject) = c["grid"] else { Issue.record("grid"); continue }
            let grid = ParameterGrid(gridObject.map { key, values in
                ParameterGrid.Axis(name: key, values: values.array.map { $0.int.map(String.init) ?? $0.string ?? "" })
            })
            let expectedParams = c["params"].array.map { p in
                grid.axes.map { axis -> String in p[axis.name].int.map(String.init) ?? p[axis.name].string ?? "" }
            }
            #expect(grid.candidates.map { $0.map(\.value) } == expectedParams, "\(name) grid order")
            let scorer = c["scoring"].string ?? "accuracy"
            var scores: [[Double]] = []
            for candidate in grid.candidates {
                var params = Self.parameters(c["base"])
                for (key, value) in candidate { params[key] = Int(value).map(FixtureValue.int) ?? .string(value) }
                let model = try Self.model(c["model"].string ?? "", params)
                scores.append(try Self.foldScores(model, data, folds: folds, scoring: [scorer]).column(0))
            }
            #expect(scores == c["split_scores"].array.compactMap(\.doubles), "\(name) fold scores")
            let ranking = GridSearchRanking(scores: scores)
            #expect(ranking.means == c["mean_test_score"].doubles, "\(name) means")
            #expect(ranking.stds == c["std_test_score"].doubles, "\(name) stds")
            #expect(ranking.ranks == c["rank_test_score"].ints, "\(name) ranks")
            #expect(ranking.bestIndex == c["best_index"].int, "\(name) best")
            #expect(ranking.means[ranking.bestIndex] == c["best_score"].double)
            // refit=True: the best candidate fitted on the whole train split.
            var best = Self.parameters(c["base"])
            for (key, value) in grid.candidates[ranking.bestIndex] { best[key] = Int(value).map(FixtureValue.int) ?? .string(value) }
            let split = try ScikitLearnFixture.stratifiedQuarterSplit(name)
            let refit = try Self.model(c["model"].string ?? "", best)
                .fitAny(split.trainX, split.trainY, classCount: (split.trainY.max() ?? 0) + 1)
            #expect(refit.predict(split.testX) == c["refit_predict"].ints, "\(name) refit")
        }
    }

    @Test func numpySumIsLeftToRightBelowEightValuesAndPairwiseAbove() {
        let values = [0.1, 0.2, 0.3, 0.4, 0.5]
        #expect(NumPyReduction.sum(values) == (((0.1 + 0.2) + 0.3) + 0.4) + 0.5)
        let nine = (1...9).map { 1 / Double($0) }
        let r = (0..<8).map { nine[$0] }
        let pairwise = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7])) + nine[8]
        #expect(NumPyReduction.sum(nine) == pairwise)
        let long = (0..<300).map { 1.0 / Double($0 + 1) }
        #expect(abs(NumPyReduction.sum(long) - long.reduce(0, +)) < 1e-12)
    }

    @Test func tooFewFoldsOrRowsAreRefused() {
        #expect(throws: ModelError.self) { _ = try CrossValidationFolds.kFold(rows: 10, folds: 1, seed: nil) }
        #expect(throws: ModelError.self) { _ = try CrossValidationFolds.kFold(rows: 3, folds: 5, seed: nil) }
        #expect(throws: ModelError.self) {
            _ = try CrossValidationFolds.stratifiedKFold(classes: [0, 0, 1, 1], folds: 3, seed: nil)
        }
    }

    @Test func aClassSmallerThanTheFoldCountWarnsAsScikitLearn() throws {
        let (_, warning) = try CrossValidationFolds.stratifiedKFold(classes: [0, 0, 0, 0, 0, 1, 1], folds: 3, seed: 0)
        #expect(warning == "The least populated class in y has only 2 members, which is less than n_splits=3.")
    }
}

extension Classifier {
    /// Fits and erases the fitted type.
    func fitAny(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> any FittedClassifier {
        try fit(x, y, classCount: classCount)
    }
}
