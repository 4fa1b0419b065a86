import Foundation
import LabCore
import Testing

/// `NumPyRandomState` against streams NumPy 2.4.6's legacy `RandomState` produced.
@Suite struct NumPyRandomStateTests {
    static let cases = (try? ScikitLearnFixture.cases("numpy_streams.json")) ?? []

    @Test func fixtureHasSeeds() {
        #expect(Self.cases.count == 6)
    }

    @Test(arguments: 0..<6)
    func everyMethodDrawsNumPysStream(index: Int) throws {
        let c = try #require(Self.cases.indices.contains(index) ? Self.cases[index] : nil)
        let root = try ScikitLearnFixture.load("numpy_streams.json")
        let seed = try #require(c["seed"].int)
        var rs = try #require(NumPyRandomState(checkedSeed: seed))
        #expect(rs.randomSample(count: 12) == c["random_sample"].doubles)
        #expect(rs.randint(0, 10, count: 25) == c["randint_0_10"].ints)
        #expect((0..<6).map { _ in rs.randint(Int(Int32.max)) } == c["randint_int32max"].ints)
        #expect(rs.randint(-5, 7, count: 15) == c["randint_neg5_7"].ints)
        #expect(rs.randint(0, 1 << 40, count: 6) == c["randint_0_2pow40"].ints)
        #expect(rs.randint(0, 1 << 32, count: 4) == c["randint_0_2pow32"].ints)
        #expect(rs.randint(0, 1000, count: 10) == c["randint_int32_dtype_0_1000"].ints)
        #expect(rs.permutation(17) == c["permutation_17"].ints)
        #expect(rs.choice(10, size: 8) == c["choice_10_size_8"].ints)
        #expect(rs.choice(10, size: 6, replace: false) == c["choice_10_size_6_noreplace"].ints)
        let p = try #require(root["choice_p"].doubles)
        #expect(rs.choice(5, size: 12, p: p) == c["choice_5_size_12_p"].ints)
        #expect(rs.choice(5, size: 3, replace: false, p: p) == c["choice_5_size_3_noreplace_p"].ints)
        let priors = try #require(root["multinomial_p"].doubles)
        #expect((0..<30).map { _ in rs.multinomialOne(priors) } == c["multinomial_1"].ints)
        #expect(rs.randomSample(count: 3) == c["after"].doubles)
    }

    @Test func arraySeedsFollowInitByArray() throws {
        let arrays = try ScikitLearnFixture.cases("numpy_streams.json", key: "arrays")
        #expect(arrays.count == 4)
        for a in arrays {
            let key = try #require(a["key"].ints).map { UInt32(truncatingIfNeeded: $0) }
            var mt = MT19937(seedArray: key)
            let drawn = (0..<5).map { _ in mt.nextDouble() }
            #expect(drawn == a["random_sample"].doubles, "key \(key.prefix(3))")
        }
    }

    @Test func seedsOutsideNumPysRangeAreRefused() {
        #expect(NumPyRandomState(checkedSeed: -1) == nil)
        #expect(NumPyRandomState(checkedSeed: 1 << 32) == nil)
        #expect(NumPyRandomState(checkedSeed: (1 << 32) - 1) != nil)
    }

    @Test func shuffleOfOneOrNoElementsDrawsNothing() {
        var a = NumPyRandomState(seed: 5), b = NumPyRandomState(seed: 5)
        var one = [7]
        a.shuffle(&one)
        #expect(one == [7])
        #expect(a.randomSample() == b.randomSample())
    }
}
