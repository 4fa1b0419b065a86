// Fine-tuning throughput of all-MiniLM-L6-v2 on Rotten Tomatoes (train split), full and LoRA,
// against the machine's sgemm peak measured in the same run.
// Usage: FinetuneBench MODEL_DIR DATA_DIR MODE(full|lora) STEPS [seed] [SAVE_DIR]
// With SAVE_DIR the trained model is saved there in Hugging Face's layout, with
// SAVE_DIR/probe.json holding the ids and our logits of the first 32 validation sentences
// (numpy_check.py recomputes them from model.safetensors).
// Runs STEPS optimisation steps of batch 16 (the handout's recipe, DistilBERT-style head,
// dropout 0.1) and extrapolates to one epoch (ceil(8530/16) = 534 steps) by FLOPs.
import CBLAS
import Foundation
import LabCore
import TextFeatures
import Transformer

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

/// Best GFLOP/s of a 2048² sgemm (2·n³ flops) over a few runs after a warm-up.
func sgemmPeak(n: Int = 2048, runs: Int = 3) -> Double {
    let a = [Float](repeating: 0.5, count: n * n), b = [Float](repeating: 0.25, count: n * n)
    var c = [Float](repeating: 0, count: n * n)
    var best = Double.infinity
    for run in 0...runs {
        let start = now()
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(n), Int32(n), 1, a, Int32(n), b, Int32(n), 0, &c, Int32(n))
        if run > 0 { best = min(best, now() - start) }
    }
    return 2 * pow(Double(n), 3) / best / 1e9
}

/// Peak resident memory of this process in MB (getrusage, KiB on Linux).
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func readSplit(_ url: URL, tokenizer: WordPieceTokenizer) throws -> LabeledSequences {
    var ids: [[Int32]] = [], labels: [Int] = []
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.isEmpty {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String, let label = object["label"] as? Int else { continue }
        ids.append(tokenizer.encode(text).ids)
        labels.append(label)
    }
    return LabeledSequences(ids: ids, labels: labels)
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, let steps = Int(arguments[4]), steps >= 1 else {
    FileHandle.standardError.write("usage: FinetuneBench MODEL_DIR DATA_DIR full|lora STEPS [seed]\n".data(using: .utf8)!)
    exit(2)
}
let modelDir = URL(fileURLWithPath: arguments[1]), dataDir = URL(fileURLWithPath: arguments[2])
let mode = arguments[3]
let seed = arguments.count > 5 ? UInt64(arguments[5]) ?? 0 : 0
do {
    let tokenizer = try WordPieceTokenizer(tokenizerJSON: modelDir.appendingPathComponent("tokenizer.json"))
    let train = try readSplit(dataDir.appendingPathComponent("train.jsonl"), tokenizer: tokenizer)
    let model = try BertClassifier<Float>.load(directory: modelDir, options: ClassifierOptions(numLabels: 2, head: .distilbert), seed: seed)
    var options = FineTuneOptions()
    options.epochs = 1
    options.batchSize = 16
    options.weightDecay = 0.01
    options.seed = seed
    options.maxStepsPerEpoch = steps
    if mode == "lora" {
        try model.attachLoRA(LoRAOptions(rank: 8, alpha: 16, dropout: 0.1), seed: seed)
        options.learningRate = 5e-4
    } else {
        options.learningRate = 2e-5
    }
    print(model.trainableSummary)
    let tuner = try FineTuner(model: model, options: options)
    let c = model.config
    let (h, i, layers) = (Double(c.hiddenSize), Double(c.intermediateSize), Double(c.numHiddenLayers))
    // Forward FLOPs of a batch: dense products over its tokens, attention per sequence, the head.
    // `padded` counts what an implementation padding to a multiple of 8 computes (as the JAX anchor);
    // ours packs the tokens and computes the unpadded figure.
    func forwardFlops(_ lengths: [Int], padded: Bool) -> Double {
        let padTo = padded ? ((lengths.max() ?? 0) + 7) / 8 * 8 : 0
        let perSequence = lengths.map { Double(padded ? padTo : $0) }
        let n = perSequence.reduce(0, +)
        return layers * (2 * n * (4 * h * h + 2 * h * i) + perSequence.reduce(0) { $0 + 4 * $1 * $1 * h })
            + 2 * Double(lengths.count) * 2 * h * h
    }
    // Training FLOPs: full = forward + backward (data and weight gradients) ≈ 3× forward;
    // LoRA = forward + data gradients ≈ 2× forward (the adapters' own products are negligible).
    let factor = mode == "lora" ? 2.0 : 3.0
    let allBatches = tuner.epochBatches(lengths: train.ids.map(\.count), epoch: 1)
    func flops(_ batches: ArraySlice<[Int]>, padded: Bool) -> Double {
        batches.reduce(0.0) { $0 + factor * forwardFlops($1.map { train.ids[$0].count }, padded: padded) }
    }
    let epochFlops = flops(allBatches[...], padded: false), measuredFlops = flops(allBatches.prefix(steps), padded: false)
    let paddedEpochFlops = flops(allBatches[...], padded: true)
    let peakBefore = sgemmPeak()
    let start = now()
    let result = try tuner.train(train) { progress in
        if progress.step % 10 == 0 {
            FileHandle.standardError.write(String(format: "step %d/%d loss %.4f %.1fs\n", progress.step, progress.stepsPerEpoch,
                                                  progress.loss, progress.elapsed).data(using: .utf8)!)
        }
    }
    let elapsed = now() - start
    let peakAfter = sgemmPeak()
    let peak = (peakBefore + peakAfter) / 2
    let rate = measuredFlops / elapsed / 1e9
    let epochSeconds = elapsed * epochFlops / measuredFlops
    print(String(format: "mode %@: %d steps in %.2f s (%.3f s/step), mean loss %.4f", mode, steps, elapsed, elapsed / Double(steps),
                 result.epochs[0].trainingLoss))
    print(String(format: "training FLOPs measured %.2f TFLOP, full epoch (%d steps) %.2f TFLOP (%.2f TFLOP if padded to a multiple of 8)",
                 measuredFlops / 1e12, allBatches.count, epochFlops / 1e12, paddedEpochFlops / 1e12))
    print(String(format: "achieved %.1f GFLOP/s vs sgemm peak %.1f GFLOP/s (before %.1f, after %.1f): %.0f%% of peak",
                 rate, peak, peakBefore, peakAfter, 100 * rate / peak))
    print(String(format: "EXTRAPOLATED seconds per epoch (by FLOPs, from %d steps): %.0f s", steps, epochSeconds))
    print(String(format: "peak memory (maxrss) %.0f MB", peakMemoryMB()))
    if arguments.count > 6 {
        let saveDir = URL(fileURLWithPath: arguments[6])
        try model.save(to: saveDir, tokenizerSource: modelDir)
        let validation = try readSplit(dataDir.appendingPathComponent("validation.jsonl"), tokenizer: tokenizer)
        let probe = Array(validation.ids.prefix(32))
        let logits = try model.logits(ids: probe)
        let object: [String: Any] = ["ids": probe.map { $0.map(Int.init) }, "logits": logits.map { $0.map(Double.init) }]
        try JSONSerialization.data(withJSONObject: object).write(to: saveDir.appendingPathComponent("probe.json"))
        print("saved checkpoint and probe logits to \(saveDir.path)")
    }
    print(String(format: "RESULT mode=%@ steps=%d step_s=%.4f epoch_s_extrapolated=%.1f gflops=%.2f peak_gflops=%.2f maxrss_mb=%.0f",
                 mode, steps, elapsed / Double(steps), epochSeconds, rate, peak, peakMemoryMB()))
} catch {
    FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
    exit(1)
}
