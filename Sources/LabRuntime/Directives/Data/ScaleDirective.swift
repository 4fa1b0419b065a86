import LabCore
import Models

/// `scale DATA [method=standard]`: standardises the features with the
/// statistics of `DATA.train` only (so no test information leaks), applied to
/// the whole dataset and every split.
enum ScaleDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("data").first else { throw inv.failure("scale needs a dataset") }
        guard path.count == 1 else { throw inv.failure("scale a whole dataset, not one split", at: part) }
        var dataset = try ctx.dataset(path, in: inv, at: part)
        let method = try inv.text("method") ?? "standard"
        guard method == "standard" else {
            throw inv.failure("unknown scaling method '\(method)'", at: inv.option("method"), hint: "use method=standard")
        }
        guard let train = dataset.split(named: "train") else {
            throw inv.failure("'\(path[0])' has no train split to take the statistics from",
                              at: part, hint: "split it first, e.g. split \(path[0]) test=0.25 seed=0")
        }
        guard !dataset.featureNames.isEmpty else { throw inv.failure("'\(path[0])' has no numeric features to scale", at: part) }
        let scaler: FittedStandardScaler
        do { scaler = try StandardScaler().fit(.dense(train.featureMatrix())) } catch {
            throw inv.failure("cannot scale: \(error)", at: part)
        }
        var failure: Error?
        dataset.mapFeatures { m in
            do { return try scaler.transform(.dense(m)).denseMatrix() } catch { failure = error; return m }
        }
        if let failure { throw inv.failure("cannot scale: \(failure)", at: part) }
        markScaled(&dataset, method)
        if let name = inv.binding?.value.asName {
            dataset.rename(name)
            ctx.session.bind(name, .dataset(dataset))
            return [.text("`\(name)`: the features of `\(path[0])` standardised with the mean and standard deviation of `\(path[0]).train` (\(train.rowCount) rows).")]
        }
        ctx.session.update(path[0], dataset)
        var outputs: [Output] = [.text("Standardised \(dataset.featureNames.count) features of `\(path[0])` with the mean and standard deviation of `\(path[0]).train` (\(train.rowCount) rows).")]
        let stale = ctx.session.models(trainedOn: path[0])
        if !stale.isEmpty {
            outputs.append(.warning("\(stale.map { "`\($0)`" }.joined(separator: ", ")) \(stale.count == 1 ? "was" : "were") trained on the unscaled features and now see scaled ones; write `scale \(path[0]) as NAME` to keep both."))
        }
        return outputs
    }

    /// Records the scaling on the dataset and every split, so evaluations can tell scaled from unscaled features.
    static func markScaled(_ dataset: inout Dataset, _ method: String) {
        dataset.featureScaling = method
        for k in dataset.splits.indices { markScaled(&dataset.splits[k].dataset, method) }
    }
}
