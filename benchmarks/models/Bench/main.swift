// Times fit + predict of our Models classifiers on the same data and splits as
// sklearn_bench.py: 1 warm-up, then the median of `reps` runs (ContinuousClock).
//
// Usage: models-bench REPO_ROOT WORK_DIR [reps] [dataset-filter] [model-filter]
// Prints one tab-separated line per (dataset, model, phase):
//   dataset  model  phase  median_ms  accuracy  runs_ms(comma-separated)  median_cpu_ms
// (cpu = process CPU time, all threads: less sensitive to other processes' load).
// Fit = construct + fit on the train rows; predict = predict on the test rows;
// accuracy = test accuracy of the last fitted model.
import Foundation
import LabCore
import Models

struct SplitFile: Decodable {
    let train_indices: [Int]
    let test_indices: [Int]
}

struct Problem {
    let name: String
    let xTrain: FeatureMatrix
    let yTrain: [Int]
    let xTest: FeatureMatrix
    let yTest: [Int]
    /// Trees in the forest rows (200 at small scale, 100 on the 100k set).
    let forestTrees: Int
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
}

/// Loads a numeric CSV with a `target` column; class 1 is `target == positive`.
func loadProblem(name: String, csv: URL, split: URL, positive: Double, forestTrees: Int) throws -> Problem {
    let table = try DatasetLoader.readTable(csv, confinement: .directory(csv.deletingLastPathComponent()))
    var features: [[Double]] = []
    var target: [Double]?
    for column in table.columns {
        guard case .numbers(let v) = column.values else {
            throw BenchError(description: "\(csv.lastPathComponent): column \(column.name) is not numeric")
        }
        if column.name == "target" { target = v } else { features.append(v) }
    }
    guard let target else { throw BenchError(description: "\(csv.lastPathComponent): no target column") }
    let d = features.count
    let data = try JSONDecoder().decode(SplitFile.self, from: Data(contentsOf: split))
    func rows(_ idx: [Int]) -> (FeatureMatrix, [Int]) {
        var values = [Double](repeating: 0, count: idx.count * d)
        for (r, i) in idx.enumerated() {
            for j in 0..<d { values[r * d + j] = features[j][i] }
        }
        return (.dense(Matrix(rows: idx.count, columns: d, values: values)),
                idx.map { target[$0] == positive ? 1 : 0 })
    }
    let (xa, ya) = rows(data.train_indices)
    let (xb, yb) = rows(data.test_indices)
    return Problem(name: name, xTrain: xa, yTrain: ya, xTest: xb, yTest: yb, forestTrees: forestTrees)
}

func milliseconds(_ d: Duration) -> Double {
    let c = d.components
    return Double(c.seconds) * 1e3 + Double(c.attoseconds) / 1e15
}

/// CPU time of the whole process (all threads), ms.
func processCPUms() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
}

/// Runs `body` once to warm up, then `reps` times; returns the wall-clock runs
/// in ms, the process CPU-time runs in ms, and the last result.
func timed<T>(_ reps: Int, _ body: () throws -> T) rethrows -> (runs: [Double], cpu: [Double], last: T) {
    let clock = ContinuousClock()
    var last = try body()
    var runs: [Double] = [], cpu: [Double] = []
    for _ in 0..<reps {
        let cpuStart = processCPUms()
        let start = clock.now
        last = try body()
        runs.append(milliseconds(clock.now - start))
        cpu.append(processCPUms() - cpuStart)
    }
    return (runs, cpu, last)
}

func median(_ v: [Double]) -> Double {
    let s = v.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func emit(_ p: Problem, _ model: String, _ phase: String, _ runs: [Double], _ cpu: [Double], _ accuracy: Double) {
    let list = runs.map { String(format: "%.4f", $0) }.joined(separator: ",")
    print([p.name, model, phase, String(format: "%.4f", median(runs)), String(format: "%.6f", accuracy), list,
           String(format: "%.4f", median(cpu))].joined(separator: "\t"))
    fflush(stdout)
}

func bench<C: Classifier>(_ p: Problem, _ model: String, reps: Int, _ make: () -> C) throws {
    let fit = try timed(reps) { try make().fit(p.xTrain, p.yTrain, classCount: 2) }
    let fitted = fit.last
    if let lr = fitted as? FittedLogisticRegression {
        FileHandle.standardError.write("swift   \(p.name) \(model): \(lr.iterations) L-BFGS iterations\n".data(using: .utf8)!)
    }
    let predict = timed(reps) { fitted.predict(p.xTest) }
    let correct = zip(predict.last, p.yTest).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
    let accuracy = Double(correct) / Double(p.yTest.count)
    emit(p, model, "fit", fit.runs, fit.cpu, accuracy)
    emit(p, model, "predict", predict.runs, predict.cpu, accuracy)
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write("usage: models-bench REPO_ROOT WORK_DIR [reps] [dataset] [model]\n".data(using: .utf8)!)
    exit(2)
}
let repo = URL(fileURLWithPath: args[1])
let work = URL(fileURLWithPath: args[2])
let reps = args.count > 3 ? Int(args[3]) ?? 5 : 5
let datasetFilter = args.count > 4 && args[4] != "all" ? args[4] : nil
let modelFilter = args.count > 5 && args[5] != "all" ? args[5] : nil

let datasetsDir = repo.appendingPathComponent("Sources/LabCore/Resources/datasets")
let splitsDir = work
let specs: [(String, URL, URL, Double, Int)] = [
    ("digits_9_vs_rest", datasetsDir.appendingPathComponent("digits.csv"),
     splitsDir.appendingPathComponent("digits_9_vs_rest_split.json"), 9, 200),
    ("breast_cancer", datasetsDir.appendingPathComponent("breast_cancer.csv"),
     splitsDir.appendingPathComponent("breast_cancer_split.json"), 1, 200),
    ("synthetic_100k", work.appendingPathComponent("synthetic_100k.csv"),
     work.appendingPathComponent("synthetic_100k_split.json"), 1, 100),
]

do {
    for (name, csv, split, positive, trees) in specs where datasetFilter == nil || datasetFilter == name {
        let p = try loadProblem(name: name, csv: csv, split: split, positive: positive, forestTrees: trees)
        func wanted(_ m: String) -> Bool { modelFilter == nil || modelFilter == m }
        if wanted("tree") {
            try bench(p, "tree", reps: reps) { DecisionTreeClassifier(maxDepth: 3, seed: 0) }
        }
        if wanted("forest") {
            try bench(p, "forest", reps: reps) {
                RandomForestClassifier(nEstimators: p.forestTrees, maxDepth: 2, seed: 0, nJobs: 1)
            }
        }
        // The 2-thread forest row only where it is cheap (not on the 100k set).
        if wanted("forest_2jobs") && p.name != "synthetic_100k" {
            try bench(p, "forest_2jobs", reps: reps) {
                RandomForestClassifier(nEstimators: p.forestTrees, maxDepth: 2, seed: 0, nJobs: 2)
            }
        }
        if wanted("logreg") {
            try bench(p, "logreg", reps: reps) { LogisticRegression(maxIter: 1000) }
        }
        if wanted("linear_svc") {
            try bench(p, "linear_svc", reps: reps) { LinearSVM() }
        }
    }
} catch {
    FileHandle.standardError.write("models-bench: \(error)\n".data(using: .utf8)!)
    exit(1)
}
