import Foundation
import LabCore
import Models
import Testing

/// Forests and dummies against `RandomForestClassifier(random_state=S)` and
/// `DummyClassifier(random_state=S)` from scikit-learn 1.9.1: predictions and
/// probabilities must be bit-identical.
@Suite struct SeedForSeedTests {
    static let forestCases = (try? ScikitLearnFixture.cases("forest.json")) ?? []
    static let dummyCases = (try? ScikitLearnFixture.cases("dummy.json")) ?? []

    static func forest(_ p: FixtureValue) throws -> RandomForestClassifier {
        var f = RandomForestClassifier(seed: UInt64(p["random_state"].int ?? 0), nJobs: 2)
        if let n = p["n_estimators"].int { f.nEstimators = n }
        if let d = p["max_depth"].int { f.maxDepth = d }
        if let leaf = p["min_samples_leaf"].int { f.minSamplesLeaf = leaf }
        if let b = p["bootstrap"].bool { f.bootstrap = b }
        if p["criterion"].string == "entropy" { f.criterion = .entropy }
        switch p["max_features"] {
        case .null: if case .object(let o) = p, o.keys.contains("max_features") { f.maxFeatures = .all }
        case .int(let k): f.maxFeatures = .count(k)
        default: break
        }
        return f
    }

    @Test func fixturesCoverThreeDatasets() {
        #expect(Self.forestCases.count == 10)
        #expect(Set(Self.forestCases.compactMap { $0["data"].string })
            .isSuperset(of: ["digits_9_vs_rest", "breast_cancer", "iris"]))
        #expect(Self.dummyCases.count == 6)
    }

    @Test(arguments: 0..<10)
    func forestIsBitIdenticalToScikitLearns(index: Int) throws {
        let c = try #require(Self.forestCases.indices.contains(index) ? Self.forestCases[index] : nil)
        let name = try #require(c["data"].string)
        let s = try ScikitLearnFixture.stratifiedQuarterSplit(name)
        let classes = (s.trainY.max() ?? 0) + 1
        let fitted = try Self.forest(c["params"]).fit(s.trainX, s.trainY, classCount: classes)
        #expect(fitted.predict(s.testX) == c["predict"].ints, "\(name) \(c["params"])")
        let expected = c["proba"].array.flatMap { $0.doubles ?? [] }
        let ours = fitted.scores(s.testX).values
        let differing = zip(ours, expected).filter { $0 != $1 }.count
        #expect(ours.count == expected.count && differing == 0, "\(name): \(differing) probabilities differ")
    }

    @Test func forestDoesNotDependOnTheThreadCount() throws {
        let s = try ScikitLearnFixture.stratifiedQuarterSplit("iris")
        let one = try RandomForestClassifier(nEstimators: 12, seed: 4, nJobs: 1).fit(s.trainX, s.trainY, classCount: 3)
        let four = try RandomForestClassifier(nEstimators: 12, seed: 4, nJobs: 4).fit(s.trainX, s.trainY, classCount: 3)
        #expect(one.scores(s.testX).values == four.scores(s.testX).values)
    }

    @Test func forestRefusesASeedOutsideNumPysRange() throws {
        let s = try ScikitLearnFixture.stratifiedQuarterSplit("iris")
        #expect(throws: ModelError.self) {
            _ = try RandomForestClassifier(nEstimators: 2, seed: 1 << 32).fit(s.trainX, s.trainY, classCount: 3)
        }
    }

    @Test(arguments: 0..<6)
    func dummyDrawsAsScikitLearns(index: Int) throws {
        let c = try #require(Self.dummyCases.indices.contains(index) ? Self.dummyCases[index] : nil)
        let name = try #require(c["data"].string)
        let s = try ScikitLearnFixture.stratifiedQuarterSplit(name)
        let strategy: DummyClassifier.Strategy = c["strategy"].string == "uniform" ? .uniform : .stratified
        let model = DummyClassifier(strategy: strategy, seed: UInt64(c["seed"].int ?? 0))
        let fitted = try model.fit(s.trainX, s.trainY, classCount: (s.trainY.max() ?? 0) + 1)
        #expect(fitted.predict(s.testX) == c["predict"].ints, "\(name) \(strategy)")
        let expected = c["proba"].array.flatMap { $0.doubles ?? [] }
        #expect(fitted.scores(s.testX).values == expected, "\(name) \(strategy)")
    }
}
