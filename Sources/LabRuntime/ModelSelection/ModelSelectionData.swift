import LabCore
import Models

/// The data of a `crossval` / `search` line: features and targets of `on DATA`.
struct ModelSelectionData {
    var data: Dataset
    var x: FeatureMatrix
    var classes: [Int]?
    var values: [Double]?
    var dataPart: Invocation.Part

    init(_ inv: Invocation, kind: ModelCatalog.Kind, _ ctx: inout ExecutionContext) throws {
        guard let (path, part) = try inv.path("data") else {
            throw inv.failure("\(inv.verb) needs the data: add 'on DATA', e.g. on digits.train")
        }
        dataPart = part
        data = try ctx.dataset(path, in: inv, at: part)
        x = data.features()
        guard x.columns > 0 else { throw inv.failure("'\(data.name)' has no numeric features", at: part) }
        do {
            switch kind.task {
            case .classification:
                let codes = try data.targetCodes()
                guard Set(codes).count >= 2 else {
                    throw inv.failure("'\(data.name)' holds only one class; a classifier needs at least two", at: part)
                }
                classes = codes
            case .regression:
                values = try data.targetValues()
            }
        } catch let error as DataError {
            throw inv.failure(error.description, at: part)
        }
    }

    /// The metrics to report: `metrics=` (or `metric=`), else accuracy / r2 as scikit-learn's default scorer.
    func metrics(_ procedure: Invocation) throws -> [MetricName] {
        guard let words = try procedure.words("metrics") ?? procedure.words("metric") else {
            return classes != nil ? [.accuracy] : [.r2]
        }
        return try words.map { word in
            guard let metric = MetricName(word: word), metric.isScalar else {
                throw procedure.failure("'\(word)' is not a scalar metric", at: procedure.option("metrics") ?? procedure.option("metric"),
                                        hint: TrainDirective.suggestionHint(word, MetricName.allCases.filter(\.isScalar).map(\.rawValue)))
            }
            return metric
        }
    }
}
