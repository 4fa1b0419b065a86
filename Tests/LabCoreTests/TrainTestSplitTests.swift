import Foundation
import LabCore
import Testing

/// `Splitter` against `train_test_split` indices from scikit-learn 1.9.1 on the built-in datasets.
@Suite struct TrainTestSplitTests {
    static let cases = (try? ScikitLearnFixture.cases("train_test_split.json")) ?? []

    static func size(_ value: FixtureValue) -> SplitSize? {
        if let i = value.int { return .count(i) }
        return value.double.map { .fraction($0) }
    }

    @Test func fixtureHasAtLeastTwentyCombinations() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: 0..<26)
    func splitIsTrainTestSplitsIndices(index: Int) throws {
        let c = try #require(Self.cases.indices.contains(index) ? Self.cases[index] : nil)
        let name = try #require(c["data"].string)
        let y = try ScikitLearnFixture.target(name)
        let test = try #require(Self.size(c["test"]))
        let stratify = c["stratify"].bool ?? false
        let classes = stratify ? y.map { Int($0) } : nil
        let parts = try Splitter.split(n: y.count, test: test, stratifyBy: classes,
                                       shuffle: c["shuffle"].bool ?? true, seed: c["seed"].int ?? 0)
        #expect(parts.map(\.name) == ["train", "test"])
        #expect(parts[0].indices == c["train"].ints, "\(name) test=\(test) stratify=\(stratify)")
        #expect(parts[1].indices == c["test_indices"].ints, "\(name) test=\(test) stratify=\(stratify)")
    }

    @Test func validationIsASecondTrainTestSplitOfTheRest() throws {
        let cases = try ScikitLearnFixture.cases("train_test_split.json", key: "validation_cases")
        #expect(cases.count == 3)
        for c in cases {
            let name = try #require(c["data"].string)
            let y = try ScikitLearnFixture.target(name)
            let stratify = c["stratify"].bool ?? false
            let parts = try Splitter.split(
                n: y.count, test: try #require(Self.size(c["test"])), validation: Self.size(c["validation"]),
                stratifyBy: stratify ? y.map { Int($0) } : nil, seed: c["seed"].int ?? 0)
            #expect(parts.map(\.name) == ["train", "validation", "test"])
            #expect(parts[0].indices == c["train"].ints)
            #expect(parts[1].indices == c["validation_indices"].ints)
            #expect(parts[2].indices == c["test_indices"].ints)
        }
    }

    @Test func stratifyingAClassWithOneMemberIsRefused() {
        #expect {
            _ = try Splitter.split(n: 5, test: .fraction(0.4), stratifyBy: [0, 0, 1, 1, 2], seed: 0)
        } throws: { error in
            "\(error)".contains("Classes with too few members are: [2]")
        }
    }

    @Test func aTestPartSmallerThanTheClassCountIsRefused() {
        #expect {
            _ = try Splitter.split(n: 9, test: .count(2), stratifyBy: [0, 0, 0, 1, 1, 1, 2, 2, 2], seed: 0)
        } throws: { error in
            "\(error)" == "the test_size = 2 should be greater or equal to the number of classes = 3"
        }
    }

    @Test func countsOutOfRangeAndBadSeedsAreRefused() {
        #expect(throws: DataError.self) { _ = try Splitter.split(n: 10, test: .count(10), seed: 0) }
        #expect(throws: DataError.self) { _ = try Splitter.split(n: 10, test: .fraction(0.5), seed: -1) }
        #expect(throws: DataError.self) {
            _ = try Splitter.split(n: 10, test: .fraction(0.5), stratifyBy: Array(repeating: 0, count: 10),
                                   shuffle: false, seed: 0)
        }
    }

    @Test func approximateModeMatchesScikitLearnsDocExamples() {
        var r0 = NumPyRandomState(seed: 0)
        #expect(ShuffleSplit.approximateMode(classCounts: [4, 2], draws: 3, rng: &r0) == [2, 1])
        var r1 = NumPyRandomState(seed: 0)
        #expect(ShuffleSplit.approximateMode(classCounts: [5, 2], draws: 4, rng: &r1) == [3, 1])
        var r2 = NumPyRandomState(seed: 0)
        #expect(ShuffleSplit.approximateMode(classCounts: [2, 2, 2, 1], draws: 2, rng: &r2) == [0, 1, 1, 0])
        var r3 = NumPyRandomState(seed: 42)
        #expect(ShuffleSplit.approximateMode(classCounts: [2, 2, 2, 1], draws: 2, rng: &r3) == [1, 1, 0, 0])
    }
}
