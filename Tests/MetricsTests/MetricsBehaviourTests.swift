import Foundation
import Metrics
import Testing

/// Hand-checked values and scikit-learn's rules for edge cases.
@Suite struct MetricsBehaviourTests {
    @Test func confusionMatrixPutsTruthInRowsAndFollowsLabelOrder() throws {
        let yTrue = [2, 0, 2, 2, 0, 1], yPred = [0, 0, 2, 2, 0, 2]
        #expect(try confusionMatrix(yTrue: yTrue, yPred: yPred) == [[2, 0, 0], [0, 0, 1], [1, 0, 2]])
        #expect(try confusionMatrix(yTrue: yTrue, yPred: yPred, labels: [2, 0]) == [[2, 1], [0, 2]])
    }

    @Test func binarizeIsStrictlyGreaterThan() {
        #expect(binarize(scores: [0.4, 0.5, 0.6], threshold: 0.5) == [false, false, true])
        #expect(binarize(scores: [0.4, 0.5, 0.6], threshold: 0.5, positiveLabel: 7, negativeLabel: 3) == [3, 3, 7])
    }

    @Test func specificityAndFallOutComeFromTheConfusionMatrix() throws {
        // tn = 3, fp = 1 for positive label 1.
        let yTrue = [0, 0, 0, 0, 1, 1], yPred = [0, 0, 0, 1, 1, 0]
        #expect(try specificity(yTrue: yTrue, yPred: yPred, labels: [0, 1], positiveLabel: 1) == 0.75)
        #expect(try fallOut(yTrue: yTrue, yPred: yPred, labels: [0, 1], positiveLabel: 1) == 0.25)
        // No negatives at all: 0/0 is NaN.
        #expect(try specificity(yTrue: [1, 1], yPred: [1, 0], labels: [0, 1], positiveLabel: 1).isNaN)
    }

    @Test func zeroDivisionSettingsAndWarningText() throws {
        let yTrue = [0, 1, 1, 0], yPred = [0, 0, 0, 0]
        let warned = try precision(yTrue: yTrue, yPred: yPred, labels: [0, 1], positiveLabel: 1)
        #expect(warned.value == 0)
        #expect(warned.warnings.map(\.description) == [
            "UndefinedMetricWarning: Precision is ill-defined and being set to 0.0 due to no predicted samples. "
                + "Use `zero_division` parameter to control this behavior.",
        ])
        let one = try precision(yTrue: yTrue, yPred: yPred, labels: [0, 1], positiveLabel: 1, zeroDivision: .one)
        #expect(one.value == 1 && one.warnings.isEmpty)
        // NaN per-class scores are left out of the macro mean: (0.5 + NaN) → 0.5.
        let nanMacro = try precision(yTrue: yTrue, yPred: yPred, labels: [0, 1], average: .macro, zeroDivision: .nan)
        #expect(nanMacro.value == 0.5)
    }

    @Test func fBetaWeighsRecall() throws {
        // tp = 1, fp = 1, fn = 2: precision 1/2, recall 1/3.
        let yTrue = [1, 1, 1, 0], yPred = [1, 0, 0, 1]
        let f2 = try fBeta(yTrue: yTrue, yPred: yPred, labels: [0, 1], positiveLabel: 1, beta: 2).value
        let expected: Double = 5.0 / 14.0  // (1+4)·1 / ((1+4)·1 + 4·2 + 1)
        #expect(nearlyEqual(f2, expected))
        let recallOnly = try fBeta(yTrue: yTrue, yPred: yPred, labels: [0, 1], positiveLabel: 1, beta: .infinity).value
        let oneThird: Double = 1.0 / 3.0
        #expect(recallOnly == oneThird)
    }

    @Test func reportShowsMicroAverageWhenLabelsDoNotCoverTheData() throws {
        let yTrue = [0, 1, 2, 2], yPred = [0, 2, 2, 1]
        let full = try classificationReport(yTrue: yTrue, yPred: yPred, labels: [0, 1, 2])
        #expect(full.accuracy == 0.5 && full.microAverage == nil)
        let partial = try classificationReport(yTrue: yTrue, yPred: yPred, labels: [0, 2])
        #expect(partial.accuracy == nil)
        let micro = try #require(partial.microAverage)
        let twoThirds: Double = 2.0 / 3.0
        #expect(micro.precision == twoThirds)
        #expect(micro.recall == twoThirds)
        #expect(micro.support == 3)
        #expect(partial.macroAverage.support == 3)
    }

    @Test func logLossClipsToMachineEpsilon() throws {
        let loss = try logLoss(yTrue: [1, 0], probabilities: [0.0, 0.0], positiveLabel: 1).value
        // −(log ε + log(1 − ε)) / 2 with ε = 2⁻⁵².
        let expected: Double = (36.04365338911715 + 2.220446049250313e-16) / 2
        #expect(nearlyEqual(loss, expected, tolerance: 1e-14))
    }

    @Test func multiclassLogLossWarnsWhenRowsDoNotSumToOne() throws {
        let result = try logLoss(yTrue: [0, 1, 2], probabilities: [[0.5, 0.3, 0.1], [0.2, 0.6, 0.2], [0.1, 0.1, 0.8]],
                                 labels: [0, 1, 2])
        #expect(result.warnings == [.probabilitiesDoNotSumToOne])
        let logs: Double = log(0.5) + log(0.6) + log(0.8)
        #expect(nearlyEqual(result.value, -logs / 3))
    }

    @Test func r2FollowsScikitLearnRulesForConstantTruth() throws {
        #expect(try r2Score(yTrue: [3, 3, 3], yPred: [3, 3, 3]).value == 1)
        #expect(try r2Score(yTrue: [3, 3, 3], yPred: [3, 4, 3]).value == 0)
        #expect(try r2Score(yTrue: [3, 3, 3], yPred: [3, 4, 3], forceFinite: false).value == -.infinity)
        #expect(try r2Score(yTrue: [3, 3, 3], yPred: [3, 3, 3], forceFinite: false).value.isNaN)
        let single = try r2Score(yTrue: [1], yPred: [2])
        #expect(single.value.isNaN && single.warnings == [.r2TooFewSamples])
    }

    @Test func regressionErrorsMatchHandComputedValues() throws {
        let yTrue = [3.0, -0.5, 2, 7], yPred = [2.5, 0.0, 2, 8]
        #expect(try meanSquaredError(yTrue: yTrue, yPred: yPred) == 0.375)
        #expect(try meanAbsoluteError(yTrue: yTrue, yPred: yPred) == 0.5)
        #expect(try rootMeanSquaredError(yTrue: yTrue, yPred: yPred) == 0.375.squareRoot())
        #expect(nearlyEqual(try r2Score(yTrue: yTrue, yPred: yPred).value, 0.9486081370449679))
    }

    @Test func oneClassROCAUCIsNaNWithScikitLearnsWarning() throws {
        let result = try rocAUC(yTrue: [1, 1, 1], scores: [0.2, 0.5, 0.9], positiveLabel: 1)
        #expect(result.value.isNaN)
        #expect(result.warnings.map(\.description) == [
            "UndefinedMetricWarning: Only one class is present in y_true. ROC AUC score is not defined in that case.",
        ])
    }

    @Test func streamedScoresAgreeWithTheCurves() throws {
        var random = TestRandom(seed: 42)
        let (yTrue, scores) = random.binaryProblem(count: 3000, decimals: 4)
        let both = try rocAUCAndAveragePrecision(yTrue: yTrue, scores: scores, positiveLabel: 1)
        #expect(both.rocAUC.value == (try rocAUC(yTrue: yTrue, scores: scores, positiveLabel: 1).value))
        #expect(both.averagePrecision.value == (try averagePrecision(yTrue: yTrue, scores: scores, positiveLabel: 1).value))
        let roc = try rocCurve(yTrue: yTrue, scores: scores, positiveLabel: 1)
        var area = 0.0
        for i in 1 ..< roc.falsePositiveRate.count {
            let width = roc.falsePositiveRate[i] - roc.falsePositiveRate[i - 1]
            area += width * (roc.truePositiveRate[i] + roc.truePositiveRate[i - 1]) / 2
        }
        #expect(nearlyEqual(both.rocAUC.value, area))
        let pr = try precisionRecallCurve(yTrue: yTrue, scores: scores, positiveLabel: 1)
        var precisionSum = 0.0
        for i in 1 ..< pr.recall.count { precisionSum += (pr.recall[i - 1] - pr.recall[i]) * pr.precision[i - 1] }
        #expect(nearlyEqual(both.averagePrecision.value, precisionSum))
    }
}
