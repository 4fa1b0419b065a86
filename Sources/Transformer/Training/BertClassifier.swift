import Foundation
import LabCore

/// A BERT encoder with a sequence-classification head that can be trained:
/// its forward pass keeps the activations the backward pass needs, and every
/// tensor is a named `Parameter` (Hugging Face names, `bert.` prefix) that the
/// optimiser, weight decay and LoRA address.
///
/// Generic over the scalar so that the same code trains in `Float` (OpenBLAS
/// `sgemm`) and is checked against finite differences in `Double`.
/// Not safe to use from several threads at once (it reuses its work buffers).
public final class BertClassifier<S: TrainingScalar> {
    /// The encoder's hyper-parameters.
    public let config: BertConfig
    /// Head kind, number of labels and dropout rates.
    public let options: ClassifierOptions
    /// The LoRA configuration when adapters are attached.
    public private(set) var lora: LoRAOptions?

    let wordEmbeddings: Parameter<S>, positionEmbeddings: Parameter<S>, tokenTypeEmbeddings: Parameter<S>
    let embeddingNormScale: Parameter<S>, embeddingNormShift: Parameter<S>
    let layers: [TrainableLayer<S>]
    /// The pooler (`bert` head) or `pre_classifier` (`distilbert` head) dense layer `[H, H]`.
    let headDense: Parameter<S>, headDenseBias: Parameter<S>
    /// The output layer `[labels, H]`.
    let classifier: Parameter<S>, classifierBias: Parameter<S>
    let tape = ForwardTape<S>()
    let scratch = GradientScratch<S>()

    /// Builds the model from named tensors (Hugging Face names, with or without the `bert.`
    /// prefix). Head tensors that `tensors` lacks are initialised as Hugging Face does —
    /// normal with std 0.02, zero biases — from `seed`.
    /// - Throws: `TransformerError.invalidConfig` for a bad configuration,
    ///   `.missingWeight` / `.weightShape` for an absent or misshapen encoder tensor.
    public init(config: BertConfig, options: ClassifierOptions = ClassifierOptions(), seed: UInt64 = 0,
                tensors: (String) -> [S]?) throws {
        if let problem = config.problem { throw TransformerError.invalidConfig(path: "config", reason: problem) }
        guard options.numLabels >= 1 else {
            throw TransformerError.invalidConfig(path: "config", reason: "the classifier needs at least one label")
        }
        self.config = config
        self.options = options
        let h = config.hiddenSize, i = config.intermediateSize
        wordEmbeddings = Parameter(name: "bert.embeddings.word_embeddings.weight", shape: [config.vocabSize, h])
        positionEmbeddings = Parameter(name: "bert.embeddings.position_embeddings.weight", shape: [config.maxPositionEmbeddings, h])
        tokenTypeEmbeddings = Parameter(name: "bert.embeddings.token_type_embeddings.weight", shape: [config.typeVocabSize, h])
        embeddingNormScale = Parameter(name: "bert.embeddings.LayerNorm.weight", shape: [h])
        embeddingNormShift = Parameter(name: "bert.embeddings.LayerNorm.bias", shape: [h])
        layers = (0..<config.numHiddenLayers).map { TrainableLayer(prefix: "bert.encoder.layer.\($0).", hidden: h, intermediate: i) }
        let densePrefix = options.head == .bert ? "bert.pooler.dense" : "pre_classifier"
        headDense = Parameter(name: densePrefix + ".weight", shape: [h, h])
        headDenseBias = Parameter(name: densePrefix + ".bias", shape: [h])
        classifier = Parameter(name: "classifier.weight", shape: [options.numLabels, h])
        classifierBias = Parameter(name: "classifier.bias", shape: [options.numLabels])

        func lookup(_ name: String) -> [S]? {
            if let found = tensors(name) { return found }
            if name.hasPrefix("bert.") { return tensors(String(name.dropFirst(5))) }
            return nil
        }
        var generator = SeededGenerator(seed: seed, stream: 0x4845_4144)  // "HEAD"
        for parameter in encoderParameters {
            guard let values = lookup(parameter.name) else { throw TransformerError.missingWeight(parameter.name) }
            guard values.count == parameter.count else {
                throw TransformerError.weightShape(name: parameter.name, expected: parameter.shape, actual: [values.count])
            }
            parameter.values = values
        }
        for parameter in headParameters {
            if let values = lookup(parameter.name) {
                guard values.count == parameter.count else {
                    throw TransformerError.weightShape(name: parameter.name, expected: parameter.shape, actual: [values.count])
                }
                parameter.values = values
            } else if parameter.decays {
                parameter.values = (0..<parameter.count).map { _ in S(0.02 * generator.nextNormal()) }
            }
        }
    }

    /// The encoder's parameters (embeddings and layers), in Hugging Face's order.
    var encoderParameters: [Parameter<S>] {
        [wordEmbeddings, positionEmbeddings, tokenTypeEmbeddings, embeddingNormScale, embeddingNormShift]
            + layers.flatMap(\.parameters)
    }

    /// The head's parameters (pooler or pre-classifier, then classifier).
    var headParameters: [Parameter<S>] { [headDense, headDenseBias, classifier, classifierBias] }

    /// Every parameter, adapters included, by Hugging Face name.
    public var parameters: [Parameter<S>] {
        encoderParameters + layers.flatMap { $0.adapters.flatMap { [$0.a, $0.b] } } + headParameters
    }

    /// The parameter called `name`, or nil.
    public func parameter(named name: String) -> Parameter<S>? { parameters.first { $0.name == name } }

    /// The parameters the optimiser updates.
    public var trainableParameters: [Parameter<S>] { parameters.filter(\.isTrainable) }

    /// Attaches LoRA adapters to every layer and freezes the encoder: trainable are the
    /// adapters and the whole head (both head layers, unlike PEFT's default for a
    /// DistilBERT-style head, which would leave `pre_classifier` frozen at random).
    /// `A` is drawn as PEFT's `kaiming_uniform_(a=√5)`, i.e. `U(-1/√in, 1/√in)` for a layer of `in`
    /// input features; `B` is zero.
    /// - Throws: `TransformerError.invalidConfig` when LoRA is already attached or the options are unusable.
    public func attachLoRA(_ lora: LoRAOptions, seed: UInt64 = 0) throws {
        guard self.lora == nil else { throw TransformerError.invalidConfig(path: "lora", reason: "adapters are already attached") }
        guard lora.rank >= 1, !lora.targets.isEmpty, lora.dropout >= 0, lora.dropout < 1 else {
            throw TransformerError.invalidConfig(path: "lora", reason: "rank must be at least 1, targets non-empty, dropout in [0, 1)")
        }
        self.lora = lora
        var generator = SeededGenerator(seed: seed, stream: 0x4C4F_5241)  // "LORA"
        for (index, layer) in layers.enumerated() {
            var seen = Set<LoRATarget>()
            for target in lora.targets where seen.insert(target).inserted {
                let adapter = LoRAAdapter<S>(target: target, prefix: "bert.encoder.layer.\(index).",
                                             features: layer.features(of: target), options: lora)
                let bound = 1 / Double(adapter.inFeatures).squareRoot()
                adapter.a.values = (0..<adapter.a.count).map { _ in S((generator.nextDouble() * 2 - 1) * bound) }
                layer.adapters.append(adapter)
            }
        }
        for parameter in encoderParameters { parameter.isTrainable = false }
    }

    /// Folds every adapter into its projection (`W += scale · B · A`) and removes it,
    /// as PEFT's `merge_and_unload`; the encoder becomes trainable again.
    public func mergeLoRA() {
        for layer in layers {
            for adapter in layer.adapters { adapter.merge(into: layer.weight(of: adapter.target).value) }
            layer.adapters = []
        }
        for parameter in encoderParameters { parameter.isTrainable = true }
        lora = nil
    }

    /// Scalars in every parameter, adapters included (PEFT's "all params").
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Scalars the optimiser updates (PEFT's "trainable params").
    public var trainableParameterCount: Int { trainableParameters.reduce(0) { $0 + $1.count } }

    /// PEFT's `print_trainable_parameters` line:
    /// `trainable params: 591,362 || all params: 23,306,756 || trainable%: 2.5373`.
    public var trainableSummary: String {
        let all = parameterCount, trainable = trainableParameterCount
        let percent = all == 0 ? 0 : 100 * Double(trainable) / Double(all)
        return "trainable params: \(Self.grouped(trainable)) || all params: \(Self.grouped(all)) || trainable%: \(String(format: "%.4f", percent))"
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

extension SeededGenerator {
    /// A standard normal draw (Box–Muller on two uniforms; the first of the pair).
    mutating func nextNormal() -> Double {
        let u1 = max(nextDouble(), 0x1.0p-53), u2 = nextDouble()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }
}
