import Testing
import Foundation
import Plot

@Test func unitRangeGetsTicksEveryPointTwo() {
    let scale = NiceScale(min: 0, max: 1, maxTicks: 6)
    #expect(scale.ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(scale.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(scale.step == 0.2)
}

@Test func countsGetRoundHundreds() {
    let scale = NiceScale(min: 0, max: 1617, maxTicks: 6)
    #expect(scale.step == 500)
    #expect(scale.ticks == [0, 500, 1000, 1500, 2000])
    #expect(scale.labels.last == "2000")
}

@Test func ticksAreExactDecimals() {
    let scale = NiceScale(min: 0, max: 1, maxTicks: 11)
    #expect(scale.step == 0.1)
    #expect(scale.ticks[3] == 0.3)
    #expect(scale.ticks[7] == 0.7)
    #expect(scale.labels[3] == "0.3")
}

@Test func stepsAreOneTwoFiveAndCoverTheRange() {
    let ranges: [(Double, Double)] = [(0.13, 0.53), (-3.2, 7.9), (1e-7, 3e-7), (12, 9876), (-0.004, -0.001), (5, 5.0001), (0, 1e9)]
    for (lo, hi) in ranges {
        for maxTicks in 2...11 {
            let scale = NiceScale(min: lo, max: hi, maxTicks: maxTicks)
            #expect(scale.ticks.count <= max(maxTicks, 3), "\(lo)…\(hi) max \(maxTicks): \(scale.ticks)")
            #expect(scale.lower <= lo && scale.upper >= hi, "\(lo)…\(hi): \(scale.ticks)")
            let exponent = (log10(scale.step)).rounded(.down)
            let mantissa = (scale.step / pow(10, exponent) * 1000).rounded() / 1000
            #expect([1, 2, 5].contains(mantissa), "step \(scale.step)")
        }
    }
}

@Test func integerStepsNeverGoBelowOne() {
    let scale = NiceScale(min: 1, max: 3, maxTicks: 11, integerSteps: true)
    #expect(scale.step == 1)
    #expect(scale.labels == ["1", "2", "3"])
}

@Test func degenerateRangesAreRepaired() {
    #expect(NiceScale(min: 0, max: 0).ticks.first == 0)
    #expect(NiceScale(min: 0, max: 0).ticks.last == 1)
    let flat = NiceScale(min: 7, max: 7, maxTicks: 5)
    #expect(flat.lower < 7 && flat.upper > 7)
    let swapped = NiceScale(min: 10, max: 0, maxTicks: 6)
    #expect(swapped.ticks == [0, 2, 4, 6, 8, 10])
    for (a, b) in [(Double.nan, 1.0), (.infinity, -.infinity), (-.infinity, 3), (.nan, .nan)] {
        let scale = NiceScale(min: a, max: b)
        #expect(scale.ticks.count >= 2)
        #expect(scale.ticks.allSatisfy { $0.isFinite })
        #expect(scale.labels.allSatisfy { !$0.contains("NaN") && !$0.contains("∞") })
    }
}

@Test func negativeTicksHaveNoNegativeZero() {
    let scale = NiceScale(min: -1, max: 1, maxTicks: 5)
    #expect(scale.labels == ["-1.0", "-0.5", "0.0", "0.5", "1.0"])
    #expect(scale.ticks(within: -0.6...0.6) == [-0.5, 0, 0.5])
}
