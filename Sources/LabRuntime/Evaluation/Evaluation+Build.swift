import LabCore
import Models

extension Evaluation {
    /// Evaluates `value` (a model or predictions) on `data`; `threshold` turns the
    /// positive-class score into labels (score > threshold is positive, like Binarizer).
    static func make(_ modelName: String, _ value: SessionValue, on data: Dataset,
                     positive: Int?, threshold: Double?, inv: Invocation, at part: Invocation.Part?) throws -> Evaluation {
        switch value {
        case .classifier(let trained):
            if let transformer = trained.model as? FineTunedTransformer {
                return try fineTuned(modelName, trained, transformer, on: data, positive: positive, threshold: threshold, inv: inv, at: part)
            }
            let x = try features(of: data, for: modelName, trainedOn: trained.trainedOn, featureCount: trained.featureCount, inv: inv, at: part)
            let truth: [Int]
            do { truth = try data.targetCodes() } catch {
                throw inv.failure("'\(data.name)' has no target to compare with", at: part)
            }
            let scores = trained.model.scores(x)
            var predicted = trained.model.predict(x)
            if let threshold {
                guard trained.classKeys.count == 2 else {
                    throw inv.failure("threshold= needs a binary target; '\(data.name)' has \(trained.classKeys.count) classes", at: inv.option("threshold"))
                }
                let pos = positive ?? 1
                predicted = (0..<scores.rows).map { scores[$0, pos] > threshold ? pos : 1 - pos }
            }
            return Evaluation(model: modelName, data: data.name,
                              kind: .classification(truth: truth, predicted: predicted, scores: scores, scoreKind: trained.model.scoreKind),
                              classKeys: trained.classKeys, classNames: trained.classNames)
        case .regressor(let trained):
            let x = try features(of: data, for: modelName, trainedOn: trained.trainedOn, featureCount: trained.featureCount, inv: inv, at: part)
            let truth: [Double]
            do { truth = try data.targetValues() } catch {
                throw inv.failure("'\(data.name)' has no numeric target to compare with", at: part)
            }
            return Evaluation(model: modelName, data: data.name,
                              kind: .regression(truth: truth, predicted: trained.model.predict(x)))
        case .predictions(let set):
            guard set.data == data.name else {
                throw inv.failure("'\(modelName)' holds predictions for '\(set.data)', not '\(data.name)'", at: part)
            }
            return set.evaluation
        case .dataset:
            throw inv.failure("'\(modelName)' is a dataset; evaluate a model, or name truth= and score=/pred= columns", at: part)
        }
    }

    /// The model input of `data`, checked against what the model was trained on.
    static func features(of data: Dataset, for model: String, trainedOn: String, featureCount: Int,
                         inv: Invocation, at part: Invocation.Part?) throws -> FeatureMatrix {
        try checkFeatureSource(model, trained: trainedOn, data: data, inv: inv, at: part)
        let x = data.features()
        guard x.columns == featureCount else {
            throw inv.failure("'\(model)' was trained on \(featureCount) features, '\(data.name)' has \(x.columns)", at: part)
        }
        return x
    }

    /// Computed features (TF-IDF, embeddings) only make sense with the model fitted on
    /// the same feature set: `cls.train` → `cls.test`, not `mean.test`.
    static func checkFeatureSource(_ model: String, trained: String, data: Dataset, inv: Invocation, at part: Invocation.Part?) throws {
        let trainedBase = trained.split(separator: ".").first.map(String.init) ?? trained
        let dataBase = data.name.split(separator: ".").first.map(String.init) ?? data.name
        guard data.featureOverride != nil, trainedBase != dataBase else { return }
        throw inv.failure("'\(model)' was trained on the features of '\(trained)'; '\(data.name)' holds other features",
                          at: part, hint: "evaluate it on a split of '\(trainedBase)'")
    }
}
