import LabCore
import Testing

@Test func builtinDigitsLoadsWithTenClassesAndImageShape() throws {
    let digits = try BuiltinDatasets.load("digits", as: "digits")
    #expect(digits.rowCount == 1797)
    #expect(digits.featureNames.count == 64)
    #expect(digits.classKeys == (0...9).map(String.init))
    #expect(digits.imageShape == [8, 8])
}

@Test func unknownBuiltinNamesTheKnownOnes() {
    do {
        _ = try BuiltinDatasets.load("digit", as: "d")
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "'digit' is not a built-in dataset (built in: breast_cancer, diabetes, digits, iris, wine)")
    }
}

@Test func relabelMakesOneVsRestWithNames() throws {
    var digits = try BuiltinDatasets.load("digits", as: "digits")
    try digits.relabel(positive: "9", names: ["Not 9", "9"])
    let codes = try digits.targetCodes()
    #expect(codes.filter { $0 == 1 }.count == 180)
    #expect(digits.classNames == ["Not 9", "9"])
}

@Test func stratifiedSplitMatchesScikitLearnSizesAndKeepsProportions() throws {
    var digits = try BuiltinDatasets.load("digits", as: "digits")
    try digits.relabel(positive: "9", names: nil)
    let parts = try Splitter.split(n: digits.rowCount, test: .fraction(0.25), stratifyBy: try digits.targetCodes(), seed: 0)
    #expect(parts.map(\.name) == ["train", "test"])
    #expect(parts[0].indices.count == 1347 && parts[1].indices.count == 450)
    let codes = try digits.targetCodes()
    #expect(parts[1].indices.filter { codes[$0] == 1 }.count == 45)
    #expect(Set(parts[0].indices).isDisjoint(with: parts[1].indices))
    #expect(Set(parts[0].indices + parts[1].indices).count == 1797)
}

@Test func sameSeedGivesSameSplitAndOtherSeedsDiffer() throws {
    let a = try Splitter.split(n: 100, test: .count(20), seed: 5)
    let b = try Splitter.split(n: 100, test: .count(20), seed: 5)
    let c = try Splitter.split(n: 100, test: .count(20), seed: 6)
    #expect(a.map(\.indices) == b.map(\.indices))
    #expect(a.map(\.indices) != c.map(\.indices))
}

@Test func splitWithValidationTakesItsShareOfTheRowsLeftAfterTheTestPart() throws {
    let parts = try Splitter.split(n: 100, test: .fraction(0.2), validation: .fraction(0.1), seed: 0)
    #expect(parts.map(\.name) == ["train", "validation", "test"])
    // test = ceil(0.2 · 100) = 20; validation = ceil(0.1 · 80) = 8 of the 80 left.
    #expect(parts.map(\.indices.count) == [72, 8, 20])
}

@Test func splitThatLeavesNoTrainingRowsIsAnError() {
    do {
        _ = try Splitter.split(n: 10, test: .count(10), seed: 0)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "the split leaves no training rows: 10 rows, test 10")
    }
}

@Test func fixedDecimalsRoundHalfAwayFromZero() {
    #expect(NumberText.fixed(0.94666, digits: 3) == "0.947")
    #expect(NumberText.fixed(-0.0001, digits: 2) == "0.00")
    #expect(NumberText.fixed(2.5, digits: 0) == "3")
    #expect(NumberText.fixed(.nan, digits: 2) == "nan")
    #expect(NumberText.shortest(9) == "9")
    #expect(NumberText.shortest(0.1) == "0.1")
}

@Test func fixedDecimalsNeverTrapOnExtremeDigitCounts() {
    // An inline value's format (`:.30f`) asks for any number of decimals, zero included.
    #expect(NumberText.fixed(0, digits: 18) == "0.000000000000000000")
    #expect(NumberText.fixed(0, digits: 30) == "0.0")
    #expect(NumberText.fixed(0.5, digits: 1_000_000_000) == "0.5")
    #expect(NumberText.fixed(0.25, digits: -4) == "0")
}
