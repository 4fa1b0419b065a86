import Foundation
import LabCore
import Models
import TextFeatures
import Transformer

/// A fine-tuned transformer bound by `train transformer`: it reads the text of a dataset,
/// not a feature matrix, so `Evaluation` routes it through `evaluation(…)`.
///
/// The model holds LoRA adapters merged into their projections (PEFT's `merge_and_unload`):
/// its logits are bit-identical to those of the folder `save` writes and of the cached value.
final class FineTunedTransformer: FittedClassifier, @unchecked Sendable {
    let model: BertClassifier<Float>
    let tokenizer: WordPieceTokenizer
    /// The folder the encoder and tokenizer came from (its tokenizer files are saved with the model).
    let source: URL
    let maxLength: Int
    /// How it was trained; nil for a model loaded untrained (`epochs=0`).
    let training: FineTuneSummary?

    init(model: BertClassifier<Float>, tokenizer: WordPieceTokenizer, source: URL, maxLength: Int,
         training: FineTuneSummary? = nil) {
        self.model = model
        self.tokenizer = tokenizer
        self.source = source
        self.maxLength = maxLength
        self.training = training
    }

    var classCount: Int { model.options.numLabels }
    var scoreKind: ScoreKind { .probability }
    /// Never used: the model reads text (see `probabilities(of:)`); uniform rows keep the protocol total.
    func scores(_ x: FeatureMatrix) -> Matrix {
        Matrix(rows: x.rows, columns: classCount, values: Array(repeating: 1 / Double(max(classCount, 1)), count: x.rows * classCount))
    }

    /// The logits of every text, `texts × classes`, in single precision.
    func logits(of texts: [String]) throws -> [[Float]] {
        let ids = try tokenizer.encodeBatch(texts, truncation: maxLength).map(\.ids)
        return try model.logits(ids: ids)
    }

    /// Softmax of the logits of every text, `texts × classes`.
    func probabilities(of texts: [String]) throws -> Matrix {
        let logits = try logits(of: texts)
        var values: [Double] = []
        values.reserveCapacity(texts.count * classCount)
        for row in logits {
            let top = Double(row.max() ?? 0)
            let exps = row.map { Foundation.exp(Double($0) - top) }
            let total = exps.reduce(0, +)
            values += exps.map { $0 / total }
        }
        return Matrix(rows: texts.count, columns: classCount, values: values)
    }
}

/// How a transformer was fine-tuned: what the closing comparison table reports.
struct FineTuneSummary: Equatable {
    /// `full fine-tuning`, or `LoRA r=8`.
    var method: String
    /// Parameters the optimiser updated (PEFT's "trainable params": adapters and head under LoRA).
    var trainableParameters: Int
    /// Every parameter during training, adapters included (PEFT's "all params").
    var allParameters: Int
    /// Wall-clock training seconds of each epoch (without the validation pass).
    var epochSeconds: [Double]

    /// Mean training seconds per epoch, nil when no epoch ran.
    var secondsPerEpoch: Double? {
        epochSeconds.isEmpty ? nil : epochSeconds.reduce(0, +) / Double(epochSeconds.count)
    }
}
