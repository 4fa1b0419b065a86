import Progress

/// Progress of the `train` kinds that take long: forests (per tree) and epochs (SGD).
enum TrainProgress {
    static func start(_ kind: String, _ inv: Invocation, _ reporter: ProgressReporter) -> ProgressTask? {
        let name = inv.binding?.value.asName ?? kind
        switch kind {
        case "forest": return reporter.start("train \(name)", total: (try? inv.int("n_estimators")) ?? 100, unit: "trees")
        case "sgd": return reporter.start("train \(name)", total: (try? inv.int("epochs")) ?? 20, unit: "epochs")
        default: return nil
        }
    }
}
