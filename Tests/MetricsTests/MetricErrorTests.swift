import Metrics
import Testing

/// Bad input raises typed errors whose text is scikit-learn's.
@Suite struct MetricErrorTests {
    private func message(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func lengthMismatchNamesBothLengths() {
        #expect(message { try accuracy(yTrue: [1, 2], yPred: [1]) }
            == "Found input variables with inconsistent numbers of samples: [2, 1]")
        #expect(message { try meanSquaredError(yTrue: [1, 2], yPred: [1]) }
            == "Found input variables with inconsistent numbers of samples: [2, 1]")
    }

    @Test func emptyInputIsRefused() {
        #expect(message { try accuracy(yTrue: [], yPred: []) }
            == "Found empty input array (e.g., `y_true` or `y_pred`) while a minimum of 1 sample is required.")
        #expect(message { try r2Score(yTrue: [], yPred: []) }
            == "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.")
        #expect(message { try rocCurve(yTrue: [], scores: [], positiveLabel: 1) } != nil)
    }

    @Test func nonFiniteScoresAreRefused() {
        #expect(message { try rocAUC(yTrue: [0, 1], scores: [0.1, .nan], positiveLabel: 1) } == "Input contains NaN.")
        #expect(message { try averagePrecision(yTrue: [0, 1], scores: [0.1, .infinity], positiveLabel: 1) }
            == "Input contains infinity or a value too large for dtype('float64').")
    }

    @Test func binaryAverageNeedsBinaryTargetsAndAPresentPositiveLabel() {
        #expect(message { try precision(yTrue: [0, 1, 2], yPred: [0, 1, 1], labels: [0, 1, 2], positiveLabel: 1) }
            == "Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted'].")
        #expect(message { try precision(yTrue: [0, 1, 1], yPred: [0, 1, 1], labels: [0, 1], positiveLabel: 2) }
            == "pos_label=2 is not a valid label. It should be one of [0 1]")
    }

    @Test func logLossRejectsOneClassAndOutOfRangeProbabilities() {
        #expect(message { try logLoss(yTrue: [1, 1], probabilities: [0.3, 0.9], positiveLabel: 1) }
            == "y_true contains only one label (True). Please provide the list of all expected class labels explicitly through the labels argument.")
        #expect(message { try logLoss(yTrue: [0, 1], probabilities: [0.2, 1.5], positiveLabel: 1) }
            == "y_prob contains values greater than 1: 1.5")
        #expect(message { try logLoss(yTrue: [0, 1, 3], probabilities: [[0.2, 0.3, 0.5], [0.5, 0.2, 0.3], [0.1, 0.8, 0.1]], labels: [0, 1, 2]) }
            == "y_true contains values {3} not belonging to the passed labels [0, 1, 2].")
    }

    @Test func confusionMatrixNeedsALabelPresentInTruth() {
        #expect(message { try confusionMatrix(yTrue: [0, 1], yPred: [0, 1], labels: [5]) }
            == "At least one label specified must be in y_true")
        #expect(message { try confusionMatrix(yTrue: [0, 1], yPred: [0, 1], labels: []) }
            == "'labels' should contain at least one label.")
    }

    @Test func multiclassAUCNeedsProbabilityRows() {
        #expect(message { try rocAUC(yTrue: [0, 1, 2], probabilities: [[0.5, 0.5, 0.5], [0.2, 0.6, 0.2], [0.1, 0.1, 0.8]], labels: [0, 1, 2]) }
            == "Target scores need to be probabilities for multiclass roc_auc, i.e. they should sum up to 1.0 over classes")
        #expect(message { try rocAUC(yTrue: [0, 1], probabilities: [[0.5, 0.5], [0.2, 0.8, 0.0]], labels: [0, 1]) } != nil)
    }
}
