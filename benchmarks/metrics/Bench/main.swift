// Times ROC AUC + average precision on 10 million scores (median of 3 runs).
//
// Data: labels ~ Bernoulli(0.3); scores ~ N(0, 1) for negatives, N(1, 1) for positives
// (continuous float64, so nearly every score is distinct) — the same distribution as
// sklearn_bench.py. Prints one line per variant: `name seconds auc ap`.
import Foundation
import Metrics

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / Double(1 << 53) }
}

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 10_000_000 : 10_000_000
var random = SplitMix64(state: 20_261_123)
var yTrue = [Int](repeating: 0, count: count)
var scores = [Double](repeating: 0, count: count)
for i in 0 ..< count {
    let positive = random.uniform() < 0.3
    // Box–Muller, one normal per pair of uniforms.
    let normal = (-2 * log(random.uniform())).squareRoot() * cos(2 * Double.pi * random.uniform())
    yTrue[i] = positive ? 1 : 0
    scores[i] = normal + (positive ? 1 : 0)
}

func seconds(_ body: () throws -> (Double, Double)) rethrows -> (Double, Double, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let (auc, ap) = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, auc, ap)
}

func median3(_ name: String, _ body: () throws -> (Double, Double)) rethrows {
    var runs: [(Double, Double, Double)] = []
    for _ in 0 ..< 3 { runs.append(try seconds(body)) }
    let sorted = runs.sorted { $0.0 < $1.0 }
    print(name, String(format: "%.4f", sorted[1].0), sorted[1].1, sorted[1].2)
}

try median3("swift_one_sort") {
    let both = try rocAUCAndAveragePrecision(yTrue: yTrue, scores: scores, positiveLabel: 1)
    return (both.rocAUC.value, both.averagePrecision.value)
}
try median3("swift_two_calls") {
    (try rocAUC(yTrue: yTrue, scores: scores, positiveLabel: 1).value,
     try averagePrecision(yTrue: yTrue, scores: scores, positiveLabel: 1).value)
}
