import LabCore
import Metrics
import Models

/// Fits a model kind on each fold's training rows and scores it on the fold's
/// test rows with `evaluate`'s metric definitions, as scikit-learn's scorers
/// do: labels are those present in the fold's truth and predictions unless
/// `labels=` names them.
struct FoldScorer {
    var kind: ModelCatalog.Kind
    var data: Dataset
    var x: FeatureMatrix
    var classes: [Int]?
    var values: [Double]?
    var folds: [Fold]
    var metrics: [MetricName]
    var settingsInvocation: Invocation

    /// Per-fold scores of one configuration (`scores[fold][metric]`) and the warnings raised.
    func scores(_ options: Invocation) throws -> (CrossValidationScores, [String]) {
        var warnings: [String] = []
        let result = try CrossValidationScores.run(folds: folds) { fold in
            let trainX = x.selectingRows(fold.train), testX = x.selectingRows(fold.test)
            let e: Evaluation
            if let classes {
                let target = ModelCatalog.TrainingTarget.classes(codes: fold.train.map { classes[$0] }, count: data.classKeys.count)
                guard case .classifier(let model) = try kind.fit(ModelOptions(inv: options), trainX, target) else {
                    throw settingsInvocation.failure("\(kind.name) does not predict classes")
                }
                e = Evaluation(model: kind.name, data: data.name,
                               kind: .classification(truth: fold.test.map { classes[$0] }, predicted: model.predict(testX),
                                                     scores: model.scores(testX), scoreKind: model.scoreKind),
                               classKeys: data.classKeys, classNames: data.classNames)
            } else if let values {
                guard case .regressor(let model) = try kind.fit(ModelOptions(inv: options), trainX, .values(fold.train.map { values[$0] })) else {
                    throw settingsInvocation.failure("\(kind.name) does not predict numbers")
                }
                e = Evaluation(model: kind.name, data: data.name,
                               kind: .regression(truth: fold.test.map { values[$0] }, predicted: model.predict(testX)))
            } else {
                throw settingsInvocation.failure("'\(data.name)' has no target")
            }
            var settings = try EvaluationSettings.read(settingsInvocation, sample: e)
            if settings.calculator.labels == nil, case let .classification(truth, predicted, _, _) = e.kind {
                settings.calculator.labels = Array(Set(truth + predicted)).sorted()
            }
            return try metrics.map { metric in
                let value = try settings.calculator.scalar(metric, of: e)
                warnings += value.warnings.map(\.message)
                return value.value
            }
        }
        var unique: [String] = []
        for w in warnings where !unique.contains(w) { unique.append(w) }
        return (result, unique)
    }
}
