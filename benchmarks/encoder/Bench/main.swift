// Encoder throughput on a tokenised corpus vs the machine's measured sgemm peak.
// Usage: EncoderBench IDS.json OUT_EMBEDDINGS.bin [repeats]
import CBLAS
import Foundation
import Transformer

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

/// Best GFLOP/s of a large square sgemm (2·n³ flops), over a few runs after a warm-up.
func sgemmPeak(n: Int = 2048, runs: Int = 5) -> Double {
    let a = [Float](repeating: 0.5, count: n * n), b = [Float](repeating: 0.25, count: n * n)
    var c = [Float](repeating: 0, count: n * n)
    var best = Double.infinity
    for run in 0...runs {
        let start = now()
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(n), Int32(n), 1, a, Int32(n), b, Int32(n), 0, &c, Int32(n))
        let elapsed = now() - start
        if run > 0 { best = min(best, elapsed) }
    }
    return 2 * pow(Double(n), 3) / best / 1e9
}

struct Corpus: Decodable { let ids: [[Int32]] }

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write("usage: EncoderBench IDS.json OUT_EMBEDDINGS.bin [repeats]\n".data(using: .utf8)!)
    exit(2)
}
do {
    let corpus = try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
    let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
    let encoder = try BertEncoder(directory: try ModelFiles.locate(name: "minilm"))
    let c = encoder.config
    let (h, i, layers) = (Double(c.hiddenSize), Double(c.intermediateSize), Double(c.numHiddenLayers))
    // Per sentence of L tokens: layers × (2L(4H² + 2HI) dense + 4L²H attention).
    let flops = corpus.ids.reduce(0.0) { total, ids in
        let l = Double(ids.count)
        return total + layers * (2 * l * (4 * h * h + 2 * h * i) + 4 * l * l * h)
    }
    _ = try encoder.embedFloats(ids: Array(corpus.ids.prefix(64)), pooling: .meanNormalized)   // warm-up
    // The machine is shared: measure the peak right before every timed pass and compare
    // each pass with its own peak, then report medians.
    var times: [Double] = [], peaks: [Double] = [], fractions: [Double] = []
    var embeddings: [[Float]] = []
    let n = Double(corpus.ids.count)
    for _ in 0..<repeats {
        let peak = sgemmPeak(runs: 3)
        let start = now()
        embeddings = try encoder.embedFloats(ids: corpus.ids, pooling: .meanNormalized, batchSize: 32)
        let elapsed = now() - start
        times.append(elapsed)
        peaks.append(peak)
        fractions.append((flops / elapsed) / (peak * 1e9))
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    let meanLength = Double(corpus.ids.reduce(0) { $0 + $1.count }) / n
    let rate = n / median(times)
    let boundRate = median(peaks) * 1e9 / (flops / n)
    var out = Data()
    for row in embeddings { row.withUnsafeBytes { out.append(contentsOf: $0) } }
    try out.write(to: URL(fileURLWithPath: arguments[2]))
    print(String(format: "sentences: %d, mean length %.2f tokens, %.3f GFLOP/sentence", corpus.ids.count, meanLength, flops / n / 1e9))
    let peakList = peaks.map { String(format: "%.1f", $0) }.joined(separator: ", ")
    let fractionList = fractions.map { String(format: "%.1f%%", 100 * $0) }.joined(separator: ", ")
    print(String(format: "sgemm peak (2048^3 square, best of 3 before each pass): median %.1f GFLOP/s", median(peaks))
        + " [\(peakList)]" + String(format: " -> FLOP bound %.1f sentences/s", boundRate))
    print(String(format: "swift encoder: median %.3f s of %d passes = %.1f sentences/s = %.1f GFLOP/s",
                 median(times), repeats, rate, flops / median(times) / 1e9)
        + " = " + String(format: "%.1f%%", 100 * median(fractions)) + " of the FLOP bound (median of per-pass [\(fractionList)])")
    print("SWIFT_RATE=\(rate)")
} catch {
    FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
    exit(1)
}
