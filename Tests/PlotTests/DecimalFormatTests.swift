import Testing
import Foundation
import Plot

@Test func fixedDecimalsPadAndRound() {
    #expect(DecimalFormat.string(2.5, decimals: 2) == "2.50")
    // Like printf: exact ties go to even, other values round on their exact binary value.
    #expect(DecimalFormat.string(0.125, decimals: 2) == "0.12")
    #expect(DecimalFormat.string(0.375, decimals: 2) == "0.38")
    #expect(DecimalFormat.string(2.675, decimals: 2) == "2.67") // binary value is 2.67499…
    #expect(DecimalFormat.string(1.005, decimals: 2) == "1.00") // binary value is 1.00499…
    #expect(DecimalFormat.string(0.15, decimals: 1) == "0.1") // binary value is 0.1499…
    #expect(DecimalFormat.string(-1.5, decimals: 0) == "-2")
    #expect(DecimalFormat.string(2.5, decimals: 0) == "2")
    #expect(DecimalFormat.string(1234567.891, decimals: 1) == "1234567.9")
    #expect(DecimalFormat.string(0.05, decimals: 3) == "0.050")
}

@Test func trimmedFormattingDropsTrailingZeros() {
    #expect(DecimalFormat.string(2.5, decimals: 2, trimZeros: true) == "2.5")
    #expect(DecimalFormat.string(12, decimals: 2, trimZeros: true) == "12")
    #expect(DecimalFormat.coordinate(100.004) == "100")
    #expect(DecimalFormat.coordinate(-3.456) == "-3.46")
}

@Test func negativeZeroIsNeverPrinted() {
    #expect(DecimalFormat.string(-0.001, decimals: 2) == "0.00")
    #expect(DecimalFormat.coordinate(-0.0) == "0")
    #expect(DecimalFormat.string(-0.0, decimals: 0) == "0")
}

@Test func nonFiniteValuesNeverBecomeCoordinates() {
    #expect(DecimalFormat.coordinate(.nan) == "0")
    #expect(DecimalFormat.coordinate(.infinity) == "0")
    #expect(DecimalFormat.string(.nan, decimals: 2) == "NaN")
    #expect(DecimalFormat.string(-.infinity, decimals: 2) == "-∞")
}

@Test func labelsShowIntegersWithoutDecimals() {
    #expect(DecimalFormat.label(1617) == "1617")
    #expect(DecimalFormat.label(0.91234) == "0.91")
    #expect(DecimalFormat.label(1e20) == "1e+20")
}

@Test func agreesWithPrintfOnManyValues() {
    var state: UInt64 = 12345
    var mismatches: [String] = []
    for i in 0..<20_000 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        let magnitude = pow(10, Double(Int(state >> 60) % 7 - 3))
        let value = (Double(state >> 11) / Double(1 << 53) - 0.5) * magnitude
        let decimals = i % 5
        let expected = String(format: "%.\(decimals)f", value)
        let got = DecimalFormat.string(value, decimals: decimals)
        if expected != got && !(expected.hasPrefix("-") && expected.dropFirst().allSatisfy { $0 == "0" || $0 == "." }) {
            mismatches.append("\(value) \(decimals): \(got) vs \(expected)")
        }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
}
