import LabCore
import Foundation

extension BertClassifier {
    /// The tensors Hugging Face's `BertForSequenceClassification` would save, by name, in
    /// single precision; LoRA adapters are merged into their projections (the model is unchanged).
    public func exportedTensors() -> [String: SafetensorsTensor] {
        var merged: [ObjectIdentifier: [S]] = [:]
        for layer in layers {
            for adapter in layer.adapters {
                let weight = layer.weight(of: adapter.target)
                var values = merged[ObjectIdentifier(weight)] ?? weight.values
                values.withUnsafeMutableBufferPointer { adapter.merge(into: $0.baseAddress!) }
                merged[ObjectIdentifier(weight)] = values
            }
        }
        var out: [String: SafetensorsTensor] = [:]
        for parameter in encoderParameters + headParameters {
            let values = merged[ObjectIdentifier(parameter)] ?? parameter.values
            out[parameter.name] = SafetensorsTensor(values.map { Float($0) }, shape: parameter.shape)
        }
        return out
    }

    /// `config.json` of the checkpoint: the encoder's hyper-parameters, `architectures`,
    /// `id2label` / `label2id`, dropout rates and, for the DistilBERT-style head and mean pooling,
    /// `labbook_head` / `labbook_pooling`.
    public func configJSON() throws -> Data {
        let labels = options.resolvedLabelNames
        // Only the pooler head on [CLS] is Hugging Face's own class; the others get names
        // of their own so that no loader mistakes them for it.
        let architecture: String
        switch (options.head, options.pooling) {
        case (.bert, .cls): architecture = "BertForSequenceClassification"
        case (.distilbert, .cls): architecture = "BertWithPreClassifierForSequenceClassification"
        case (.bert, .mean): architecture = "BertWithMeanPoolingForSequenceClassification"
        case (.distilbert, .mean): architecture = "BertWithMeanPoolingPreClassifierForSequenceClassification"
        }
        var object: [String: Any] = [
            "architectures": [architecture],
            "model_type": "bert",
            "vocab_size": config.vocabSize, "hidden_size": config.hiddenSize,
            "num_hidden_layers": config.numHiddenLayers, "num_attention_heads": config.numAttentionHeads,
            "intermediate_size": config.intermediateSize, "hidden_act": config.hiddenAct,
            "layer_norm_eps": config.layerNormEps, "max_position_embeddings": config.maxPositionEmbeddings,
            "type_vocab_size": config.typeVocabSize, "position_embedding_type": config.positionEmbeddingType,
            "hidden_dropout_prob": options.hiddenDropout, "attention_probs_dropout_prob": options.attentionDropout,
            "classifier_dropout": options.classifierDropout, "initializer_range": 0.02, "pad_token_id": 0,
            "problem_type": "single_label_classification", "torch_dtype": "float32",
            "id2label": Dictionary(uniqueKeysWithValues: labels.enumerated().map { (String($0.offset), $0.element) }),
            "label2id": Dictionary(labels.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first }),
        ]
        if options.head == .distilbert { object["labbook_head"] = "distilbert" }
        if options.pooling == .mean { object["labbook_pooling"] = "mean" }
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    /// Writes a folder in Hugging Face's layout: `config.json`, `model.safetensors` (Hugging
    /// Face tensor names, adapters merged) and the tokenizer files found in `tokenizerSource`.
    /// - Throws: `TransformerError.invalidConfig` / `.safetensors` when a file cannot be written.
    public func save(to directory: URL, tokenizerSource: URL? = nil) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try configJSON().write(to: directory.appendingPathComponent("config.json"), options: .atomic)
        } catch {
            throw TransformerError.invalidConfig(path: directory.appendingPathComponent("config.json").path,
                                                 reason: "cannot write: \(error.localizedDescription)")
        }
        do {
            try SafetensorsWriter.write(exportedTensors(), metadata: ["format": "pt"],
                                        to: directory.appendingPathComponent("model.safetensors"))
        } catch let error as SafetensorsError { throw TransformerError.safetensors(error) }
        guard let tokenizerSource else { return }
        for name in ["tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"] {
            let source = tokenizerSource.appendingPathComponent(name), target = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try? FileManager.default.removeItem(at: target)
            do { try FileManager.default.copyItem(at: source, to: target) } catch {
                throw TransformerError.missingFile(directory: directory.path, file: name)
            }
        }
    }

    /// Loads a model folder: a saved classifier (its head and labels from `config.json`) or a
    /// plain encoder such as all-MiniLM-L6-v2, to which `options` adds a new head from `seed`.
    /// Dropout rates named in `config.json` replace those of `options`, as `from_pretrained` does.
    /// - Throws: `TransformerError` for a missing file, a bad config or missing/misshapen weights.
    public static func load(directory: URL, options: ClassifierOptions = ClassifierOptions(), seed: UInt64 = 0) throws -> BertClassifier<S> {
        let configURL = directory.appendingPathComponent("config.json")
        let weightsURL = directory.appendingPathComponent("model.safetensors")
        for url in [configURL, weightsURL] where !FileManager.default.fileExists(atPath: url.path) {
            throw TransformerError.missingFile(directory: directory.path, file: url.lastPathComponent)
        }
        let configData: Data
        do { configData = try FileConfinement.directory(directory).readData(configURL) } catch {
            throw TransformerError.invalidConfig(path: configURL.path, reason: "\(error)")
        }
        let file: SafetensorsFile
        do { file = try SafetensorsFile(contentsOf: weightsURL) } catch let error as SafetensorsError {
            throw TransformerError.safetensors(error)
        }
        return try load(configJSON: configData, configPath: configURL.path, weights: file, options: options, seed: seed)
    }

    /// The model as `config.json` and `model.safetensors` read it: the head, labels and
    /// dropout rates from the config (when it names them), every tensor from `weights`.
    static func load(configJSON: Data, configPath: String, weights file: SafetensorsFile,
                     options: ClassifierOptions, seed: UInt64) throws -> BertClassifier<S> {
        let config = try BertConfig.parse(configJSON, path: configPath)
        var resolved = options
        if let object = try? JSONSerialization.jsonObject(with: configJSON) as? [String: Any] {
            // Dropout rates come from the config when it names them, as `from_pretrained` does.
            if let p = object["hidden_dropout_prob"] as? Double { resolved.hiddenDropout = p }
            if let p = object["attention_probs_dropout_prob"] as? Double { resolved.attentionDropout = p }
            resolved.classifierDropout = (object["classifier_dropout"] as? Double) ?? resolved.hiddenDropout
            if let id2label = object["id2label"] as? [String: String], !id2label.isEmpty,
               (object["architectures"] as? [String])?.contains(where: { $0.hasSuffix("ForSequenceClassification") }) == true {
                let names = (0..<id2label.count).map { id2label[String($0)] ?? "LABEL_\($0)" }
                resolved.numLabels = names.count
                resolved.labelNames = names
                resolved.head = (object["labbook_head"] as? String).flatMap(ClassifierHeadKind.init(rawValue:)) ?? .bert
                resolved.pooling = (object["labbook_pooling"] as? String).flatMap(ClassifierPooling.init(rawValue:)) ?? .cls
            }
        }
        var failure: SafetensorsError?
        let model = try BertClassifier<S>(config: config, options: resolved, seed: seed) { name in
            guard file.info(name) != nil else { return nil }
            do { return try file.floatTensor(name).values.map { S($0) } } catch let error as SafetensorsError {
                failure = error
                return nil
            } catch { return nil }
        }
        if let failure { throw TransformerError.safetensors(failure) }
        return model
    }
}
