import Foundation
import LabCore
import LabScript
import Metrics
import Models
import Progress
import TextFeatures
import Transformer

/// `train transformer [model=minilm] epochs=3 lr=2e-5 batch=16 weight_decay=0.01 warmup=0.1 [layer_decay=0.9] seed=0
/// [head=bert|distilbert] [pooling=cls|mean] [lora=8 alpha=16 dropout=0.1 targets=query,value|dense|all-linear|…] [max_steps=N]
/// on DATA.train validate=DATA.validation as NAME`: fine-tunes the encoder with a
/// classification head on the text column, as Hugging Face's Trainer (and PEFT for `lora=`).
/// `model="FOLDER" epochs=0` binds a model written by `save` without training it.
enum TransformerTrainDirective {
    /// The checker's view of `train transformer`: its options, with Hugging Face's names and defaults.
    static let kindSpec = KindSpec("transformer", summary: "BertForSequenceClassification fine-tuned as the Trainer does (PEFT LoRA with lora=)", options: [
        OptionSpec("model", .any, summary: "the encoder: an installed name or a folder (default minilm)"),
        OptionSpec("epochs", .integer, bounds: .work(lower: 0, .epochs), summary: "passes over the data (default 3; 0 loads model= as saved, untrained)"),
        OptionSpec("lr", .number, summary: "peak learning rate of AdamW (default 5e-5)"),
        OptionSpec("batch", .integer, bounds: .work(lower: 1, .batch), summary: "training texts per step (default 16)"),
        OptionSpec("weight_decay", .number, summary: "decoupled weight decay, not on biases or LayerNorm (default 0)"),
        OptionSpec("warmup", .number, bounds: .fixed(0...1), summary: "share of the steps with a linear warm-up (default 0)"),
        OptionSpec("label_smoothing", .number, bounds: .fixed(0...1), summary: "label smoothing of the cross-entropy, as the Trainer's label_smoothing_factor (default 0)"),
        OptionSpec("layer_decay", .number, bounds: .fixed(0...1), summary: "layer-wise rate decay: each encoder layer trains at this times the rate above it (default 1)"),
        ModelOptionSpecs.seed,
        OptionSpec("validate", .name, summary: "data scored after every epoch; the best epoch by accuracy is kept"),
        OptionSpec("head", .choice(["bert", "distilbert"]), summary: "pooler + classifier (default) or pre-classifier + ReLU + classifier"),
        OptionSpec("pooling", .choice(["cls", "mean"]), summary: "what the head reads: the [CLS] state (default) or the mean of the token states"),
        OptionSpec("lora", .integer, bounds: .work(lower: 1, .rank), summary: "LoRA rank r; freezes the encoder"),
        OptionSpec("alpha", .number, summary: "LoRA scaling numerator (default 8)"),
        OptionSpec("dropout", .number, bounds: .fixed(0...1), summary: "LoRA dropout (default 0)"),
        OptionSpec("targets", .list(.choice(LoRATarget.words)),
                   summary: "LoRA's adapted layers; dense is the last three, all-linear all six (default query,value)"),
        OptionSpec("max_steps", .integer, bounds: .work(lower: 1, .steps), summary: "stop each epoch after this many steps"),
        OptionSpec("max_length", .integer, bounds: .work(lower: 2, .tokens), summary: "truncate texts to this many tokens (default 512)"),
        OptionSpec.flag("group_by_length", summary: "batch texts of similar length (default false)"),
    ])

    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, dataPart) = try inv.path("data") else {
            throw inv.failure("train transformer needs the data to fit on: add 'on DATA', e.g. on rt.train")
        }
        let data = try ctx.dataset(path, in: inv, at: dataPart)
        let directory = try PretrainedModel.directory(inv, &ctx)
        let tokenizer = try PretrainedModel.tokenizer(at: directory, inv, &ctx)
        let maxLength = try inv.int("max_length") ?? 512
        let train = try sequences(data, tokenizer, maxLength: maxLength, inv: inv, at: dataPart)
        var validation: LabeledSequences?
        if let part = inv.option("validate") {
            guard let validationPath = part.value.asPath else { throw inv.failure("validate= expects a dataset name", at: part) }
            let validationData = try ctx.dataset(validationPath, in: inv, at: part)
            guard validationData.classKeys == data.classKeys else {
                throw inv.failure("'\(validationData.name)' has classes \(validationData.classKeys), '\(data.name)' has \(data.classKeys)", at: part)
            }
            validation = try sequences(validationData, tokenizer, maxLength: maxLength, inv: inv, at: part)
        }
        guard Set(train.labels).count >= 2 else {
            throw inv.failure("'\(data.name)' holds only one class; a classifier needs at least two", at: dataPart)
        }
        let headWord = try inv.text("head") ?? "bert"
        guard let head = ClassifierHeadKind(rawValue: headWord) else {
            throw inv.failure("head must be bert or distilbert, got '\(headWord)'", at: inv.option("head"))
        }
        let poolingWord = try inv.text("pooling") ?? "cls"
        guard let pooling = ClassifierPooling(rawValue: poolingWord) else {
            throw inv.failure("pooling must be cls or mean, got '\(poolingWord)'", at: inv.option("pooling"))
        }
        let fineTune = try trainingOptions(inv)
        let model: BertClassifier<Float>
        do {
            model = try BertClassifier<Float>.load(
                directory: directory,
                options: ClassifierOptions(numLabels: data.classKeys.count, head: head, labelNames: data.classNames, pooling: pooling),
                seed: fineTune.seed)
            if let lora = try loraOptions(inv) { try model.attachLoRA(lora, seed: fineTune.seed) }
        } catch let failure as DirectiveFailure { throw failure } catch {
            throw inv.failure("cannot prepare the transformer: \(error)", at: inv.option("model") ?? inv.option("lora"))
        }
        guard model.options.numLabels == data.classKeys.count else {
            throw inv.failure("the model in '\(directory.lastPathComponent)' has \(model.options.numLabels) labels, '\(data.name)' has \(data.classKeys.count) classes",
                              at: inv.option("model"))
        }
        let name = inv.binding?.value.asName ?? "transformer"
        if fineTune.epochs == 0 {
            // epochs=0 binds the model as loaded, e.g. a folder written by `save`.
            let fitted = FineTunedTransformer(model: try merged(model, inv: inv), tokenizer: tokenizer, source: directory, maxLength: maxLength)
            ctx.session.bind(name, .classifier(TrainedClassifier(kind: "transformer", model: fitted, classKeys: data.classKeys,
                                                                 classNames: data.classNames, featureCount: 0, trainedOn: data.name)))
            return [.text("Loaded `\(name)`: `\(directory.lastPathComponent)` with its \(headDescription(model.options)), not trained (epochs=0).")]
        }
        let result: FineTuneResult
        do {
            let tuner = try FineTuner(model: model, options: fineTune)
            let started = Date(), reporter = ctx.progress
            result = try tuner.train(train, validation: validation) { progress in
                reportProgress(progress, name: name, epochs: fineTune.epochs, started: started, to: reporter)
            }
        } catch let error as TransformerError {
            if case .invalidTrainingOption(let option, _) = error { throw inv.failure(error.description, at: inv.option(option)) }
            throw inv.failure("cannot train \(name): \(error)", at: dataPart)
        }
        let history = TrainingHistory(epochs: result.epochs.map {
            TrainingHistory.Epoch(epoch: $0.epoch, trainingLoss: $0.trainingLoss, validationLoss: $0.validationLoss,
                                  validationAccuracy: $0.validationAccuracy)
        })
        let summary = FineTuneSummary(method: model.lora.map { "LoRA r=\($0.rank)" } ?? "full fine-tuning",
                                      trainableParameters: model.trainableParameterCount, allParameters: model.parameterCount,
                                      epochSeconds: result.epochs.map(\.seconds))
        let fitted = FineTunedTransformer(model: try merged(model, inv: inv), tokenizer: tokenizer, source: directory,
                                          maxLength: maxLength, training: summary)
        ctx.session.bind(name, .classifier(TrainedClassifier(kind: "transformer", model: fitted, classKeys: data.classKeys,
                                                             classNames: data.classNames, featureCount: 0, trainedOn: data.name,
                                                             history: history)))
        let method = model.lora.map { "LoRA r=\($0.rank), alpha=\(NumberText.shortest($0.alpha)), targets \($0.targets.map(\.rawValue).joined(separator: ","))" }
            ?? "full fine-tuning"
        var outputs: [Output] = [
            .text("Trained `\(name)`: `\(directory.lastPathComponent)` + \(headDescription(model.options)), \(method), on `\(data.name)` (\(train.ids.count) texts); "
                  + (validation == nil ? "weights of the last epoch kept." : "weights of epoch \(result.bestEpoch) kept (best validation accuracy).")),
            .text("`" + model.trainableSummary + "`"),
        ]
        outputs.append(.table(table(result, name: name, inv: inv, ctx: &ctx)))
        return outputs
    }

    /// The model used after training: adapters merged into their projections (PEFT's
    /// `merge_and_unload`), rebuilt from its exported tensors so that its logits are
    /// bit-identical to the saved checkpoint's and the cached value's.
    static func merged(_ model: BertClassifier<Float>, inv: Invocation) throws -> BertClassifier<Float> {
        do { return try model.mergedForInference() } catch {
            throw inv.failure("cannot merge the trained model for inference: \(error)")
        }
    }

    /// "pooler head on [CLS]", "pre-classifier head on the token mean", … for the report lines.
    static func headDescription(_ options: ClassifierOptions) -> String {
        let head = options.head == .bert ? "pooler head" : "pre-classifier head"
        return head + (options.pooling == .mean ? " on the token mean" : " on [CLS]")
    }

    /// The ids and class codes of a text dataset.
    static func sequences(_ data: Dataset, _ tokenizer: WordPieceTokenizer, maxLength: Int, inv: Invocation,
                          at part: Invocation.Part) throws -> LabeledSequences {
        do {
            let texts = try data.texts()
            let labels = try data.targetCodes()
            return LabeledSequences(ids: try tokenizer.encodeBatch(texts, truncation: maxLength).map(\.ids), labels: labels)
        } catch {
            throw inv.failure("cannot read the texts and labels of '\(data.name)': \(error)", at: part)
        }
    }

    static func trainingOptions(_ inv: Invocation) throws -> FineTuneOptions {
        var options = FineTuneOptions()
        options.epochs = try inv.int("epochs") ?? options.epochs
        options.learningRate = try inv.double("lr") ?? options.learningRate
        options.batchSize = try inv.int("batch") ?? options.batchSize
        options.weightDecay = try inv.double("weight_decay") ?? options.weightDecay
        options.warmupRatio = try inv.double("warmup") ?? options.warmupRatio
        options.labelSmoothing = try inv.double("label_smoothing") ?? options.labelSmoothing
        options.layerDecay = try inv.double("layer_decay") ?? options.layerDecay
        if let seed = try inv.int("seed") {
            guard seed >= 0 else { throw inv.failure("seed must be non-negative", at: inv.option("seed")) }
            options.seed = UInt64(seed)
        }
        options.maxStepsPerEpoch = try inv.int("max_steps")
        options.groupByLength = try inv.bool("group_by_length") ?? false
        return options
    }

    /// PEFT's `LoraConfig` from `lora=r [alpha=…] [dropout=…] [targets=…]` (PEFT's defaults: alpha 8, dropout 0).
    static func loraOptions(_ inv: Invocation) throws -> LoRAOptions? {
        guard let rank = try inv.int("lora") else {
            for key in ["alpha", "dropout", "targets"] where inv.option(key) != nil {
                throw inv.failure("\(key)= applies to LoRA: add lora=8", at: inv.option(key))
            }
            return nil
        }
        var targets: [LoRATarget] = [.query, .value]
        if let words = try inv.words("targets") {
            targets = try words.flatMap { word in
                guard let named = LoRATarget.named(word) else {
                    throw inv.failure("LoRA targets are \(LoRATarget.words.joined(separator: ", ")); got '\(word)'", at: inv.option("targets"))
                }
                return named
            }
        }
        return LoRAOptions(rank: rank, alpha: try inv.double("alpha") ?? 8, dropout: try inv.double("dropout") ?? 0, targets: targets)
    }

    /// Progress on stderr about every 5 % of an epoch, with the estimated time left (nothing with `--quiet`).
    static func reportProgress(_ progress: FineTuneProgress, name: String, epochs: Int, started: Date, to reporter: ProgressReporter) {
        let every = max(progress.stepsPerEpoch / 20, 1)
        guard progress.step % every == 0 || progress.step == progress.stepsPerEpoch else { return }
        let done = Double((progress.epoch - 1) * progress.stepsPerEpoch + progress.step)
        let total = Double(epochs * progress.stepsPerEpoch)
        let elapsed = Date().timeIntervalSince(started)
        let left = elapsed / max(done, 1) * (total - done)
        let line = String(format: "train %@: epoch %d/%d step %d/%d loss %.4f, ETA %.0f s", name, progress.epoch, epochs,
                          progress.step, progress.stepsPerEpoch, progress.loss, left)
        reporter.note(line)
    }

    /// The per-epoch table (with seconds) and one record per loss/accuracy figure.
    static func table(_ result: FineTuneResult, name: String, inv: Invocation, ctx: inout ExecutionContext) -> ResultTable {
        let validated = result.epochs.first?.validationLoss != nil
        var rows: [[String]] = []
        for e in result.epochs {
            var row = [String(e.epoch), NumberText.fixed(e.trainingLoss, digits: 4)]
            var figures: [(String, Double)] = [("training_loss", e.trainingLoss)]
            if let loss = e.validationLoss, let accuracy = e.validationAccuracy {
                row += [NumberText.fixed(loss, digits: 4), NumberText.fixed(accuracy, digits: 4)]
                figures += [("validation_loss", loss), ("validation_accuracy", accuracy)]
            }
            row.append(NumberText.fixed(e.seconds, digits: 0))
            rows.append(row)
            for (metric, value) in figures {
                ctx.records.append(ResultRecord(line: inv.line, directive: "train", model: name, data: nil, metric: metric,
                                                qualifiers: [("epoch", .number(Double(e.epoch)))], fields: [("value", .number(value))]))
            }
        }
        let header = (validated ? ["epoch", "training loss", "validation loss", "validation accuracy"] : ["epoch", "training loss"]) + ["seconds"]
        return ResultTable(caption: "Fine-tuning of \(name), per epoch", header: header, rows: rows)
    }
}

extension Evaluation {
    /// Truth and predictions of a fine-tuned transformer on the texts of `data`.
    static func fineTuned(_ modelName: String, _ trained: TrainedClassifier, _ transformer: FineTunedTransformer, on data: Dataset,
                          positive: Int?, threshold: Double?, inv: Invocation, at part: Invocation.Part?) throws -> Evaluation {
        guard data.classKeys == trained.classKeys else {
            throw inv.failure("'\(modelName)' was trained on classes \(trained.classKeys), '\(data.name)' has \(data.classKeys)", at: part)
        }
        let truth: [Int], scores: Matrix
        do {
            truth = try data.targetCodes()
            scores = try transformer.probabilities(of: try data.texts())
        } catch {
            throw inv.failure("cannot run '\(modelName)' on '\(data.name)': \(error)", at: part)
        }
        var predicted = (0..<scores.rows).map { i in (1..<scores.columns).reduce(0) { scores[i, $1] > scores[i, $0] ? $1 : $0 } }
        if let threshold {
            guard trained.classKeys.count == 2 else {
                throw inv.failure("threshold= needs a binary target; '\(data.name)' has \(trained.classKeys.count) classes", at: inv.option("threshold"))
            }
            let pos = positive ?? 1
            predicted = (0..<scores.rows).map { scores[$0, pos] > threshold ? pos : 1 - pos }
        }
        return Evaluation(model: modelName, data: data.name,
                          kind: .classification(truth: truth, predicted: predicted, scores: scores, scoreKind: .probability),
                          classKeys: trained.classKeys, classNames: trained.classNames)
    }
}
