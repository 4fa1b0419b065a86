import Foundation
import Testing
import LabCore
import TextFeatures
import Transformer
@testable import LabRuntime

/// Fine-tuned transformers in the result cache: a binary checkpoint image, adapters merged.
@Suite struct FineTunedTransformerCacheTests {
    static let texts = ["good movie", "awful film", "lovely story", "dull story", "the film was great", "very bad acting"]

    /// A tiny model fine-tuned for two epochs (with LoRA adapters when `lora`), as `train transformer` binds it,
    /// and the model as it was at the end of training (adapters not merged).
    func fineTuned(lora: Bool, in folder: URL) throws -> (fitted: FineTunedTransformer, trained: BertClassifier<Float>) {
        try TinyTextModel.write(in: folder)
        let tokenizer = try WordPieceTokenizer(vocabTXT: folder.appendingPathComponent("vocab.txt"))
        let model = try BertClassifier<Float>.load(directory: folder, options: ClassifierOptions(numLabels: 2, labelNames: ["neg", "pos"]), seed: 0)
        if lora { try model.attachLoRA(LoRAOptions(rank: 2, alpha: 4, dropout: 0), seed: 0) }
        var options = FineTuneOptions()
        options.epochs = 2
        options.batchSize = 3
        options.learningRate = 1e-2
        let ids = try tokenizer.encodeBatch(Self.texts, truncation: 32).map(\.ids)
        let result = try FineTuner(model: model, options: options).train(LabeledSequences(ids: ids, labels: [1, 0, 1, 0, 1, 0]))
        let summary = FineTuneSummary(method: lora ? "LoRA r=2" : "full fine-tuning", trainableParameters: model.trainableParameterCount,
                                      allParameters: model.parameterCount, epochSeconds: result.epochs.map(\.seconds))
        let fitted = FineTunedTransformer(model: try model.mergedForInference(), tokenizer: tokenizer, source: folder,
                                          maxLength: 32, training: summary)
        return (fitted, model)
    }

    func roundTrip(_ fitted: FineTunedTransformer) throws -> FineTunedTransformer {
        let value = SessionValue.classifier(TrainedClassifier(kind: "transformer", model: fitted, classKeys: ["0", "1"],
                                                              classNames: ["neg", "pos"], featureCount: 0, trainedOn: "r.train"))
        guard case .classifier(let back) = try ValueCodec.decode(try ValueCodec.encode(value)),
              let transformer = back.model as? FineTunedTransformer else {
            Issue.record("the cached value is not a fine-tuned transformer")
            throw CancellationError()
        }
        #expect(back.kind == "transformer" && back.trainedOn == "r.train" && back.classNames == ["neg", "pos"])
        return transformer
    }

    @Test(arguments: [false, true])
    func aCachedFineTunedTransformerGivesBitIdenticalLogits(lora: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lab-ft-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (fitted, trained) = try fineTuned(lora: lora, in: folder.appendingPathComponent("tiny"))
        let decoded = try roundTrip(fitted)
        let logits = try fitted.logits(of: Self.texts)
        #expect(try decoded.logits(of: Self.texts) == logits)
        #expect(decoded.training == fitted.training && decoded.maxLength == 32 && decoded.source.path == fitted.source.path)
        // The saved checkpoint reloads to the same logits, bit for bit.
        let saved = folder.appendingPathComponent("saved")
        try fitted.model.save(to: saved)
        #expect(try BertClassifier<Float>.load(directory: saved).logits(ids: try fitted.tokenizer.encodeBatch(Self.texts, truncation: 32).map(\.ids)) == logits)
        // Adapters are merged, not dropped: the merged model agrees with the adapted one to rounding.
        #expect(fitted.model.lora == nil)
        let adapted = try trained.logits(ids: try fitted.tokenizer.encodeBatch(Self.texts, truncation: 32).map(\.ids))
        for (a, b) in zip(adapted.joined(), logits.joined()) { #expect(abs(a - b) <= 1e-5 * max(1, abs(a))) }
        if lora {
            #expect(trained.lora != nil)
            #expect(fitted.training?.trainableParameters == trained.trainableParameterCount)
            #expect(fitted.training.map { $0.trainableParameters < $0.allParameters } == true)
        }
    }

    @Test func aDamagedTransformerImageIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lab-ft-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (fitted, _) = try fineTuned(lora: false, in: folder)
        let bytes = try TransformerArchive.encode(fitted)
        #expect(throws: (any Error).self) { try TransformerArchive.decode(Array(bytes.prefix(bytes.count - 9))) }
        var wrongFormat = bytes
        wrongFormat[0] = 7
        #expect(throws: (any Error).self) { try TransformerArchive.decode(wrongFormat) }
    }
}

/// `train transformer` steps come from the cache on a second run.
@Suite struct TrainTransformerCacheRunTests {
    static let notebook = """
        # Fine-tuning

        ```lab
        load reviews names="negative","positive" as r
        train transformer model="tiny" epochs=2 lr=1e-2 batch=4 seed=0 on r.train validate=r.test as ft
        train transformer model="tiny" lora=2 alpha=4 epochs=1 lr=1e-2 batch=4 seed=0 on r.train as lo
        ```

        ```lab
        evaluate ft, lo on r.test metrics=accuracy,log_loss
        ```

        """

    func scratch() throws -> CacheScratch {
        let scratch = try CacheScratch(Self.notebook, files: [
            "reviews/train.jsonl": TinyTextModel.reviews(16, offset: 0),
            "reviews/test.jsonl": TinyTextModel.reviews(8, offset: 3),
        ])
        try TinyTextModel.write(in: scratch.directory.appendingPathComponent("tiny"))
        return scratch
    }

    /// The `evaluate` records of a run's results, as JSON text.
    func evaluateRecords(_ scratch: CacheScratch, _ output: String = "out") throws -> [String] {
        let json = try String(contentsOf: scratch.directory.appendingPathComponent("\(output)/nb.json"), encoding: .utf8)
        return json.split(separator: "\n").filter { $0.contains(#""directive": "evaluate""#) }.map(String.init)
    }

    @Test func aSecondRunReportsTheTrainingStepsCachedAndTheModelsScoreAsBefore() throws {
        let scratch = try scratch()
        let cold = scratch.run()
        #expect(!cold.failed, "\(cold.messages)")
        let coldFiles = scratch.outputs()
        let coldRecords = try evaluateRecords(scratch)
        #expect(coldRecords.count == 4)
        let warm = scratch.run()
        #expect(warm.steps(.ran).isEmpty)
        #expect(warm.steps(.cached).contains("train transformer model=\"tiny\" epochs=2 lr=1e-2 batch=4 seed=0 on r.train validate=r.test as ft"))
        #expect(warm.steps(.cached).count == cold.steps.count)
        #expect(scratch.outputs() == coldFiles)
        // A new step reading the models decodes them from the cache and scores them as the trained ones did.
        try scratch.write("nb.md", Self.notebook.replacingOccurrences(of: "metrics=accuracy,log_loss", with: "metrics=log_loss,accuracy"))
        let edited = scratch.run()
        #expect(!edited.failed, "\(edited.messages)")
        #expect(edited.steps(.ran) == ["evaluate ft, lo on r.test metrics=log_loss,accuracy"])
        #expect(Set(try evaluateRecords(scratch)) == Set(coldRecords))
    }

    @Test func aDamagedTransformerEntryIsRecomputed() throws {
        let scratch = try scratch()
        scratch.run()
        let coldRecords = try evaluateRecords(scratch)
        // Flip one byte inside every entry that holds a checkpoint image.
        let marker = Array("BertForSequenceClassification".utf8)
        var damaged = 0
        for file in scratch.entryFiles {
            var bytes = try [UInt8](Data(contentsOf: file))
            guard let at = bytes.indices.first(where: { bytes[$0...].starts(with: marker) }) else { continue }
            bytes[at] ^= 0x20
            try Data(bytes).write(to: file)
            damaged += 1
        }
        #expect(damaged == 2)
        try scratch.write("nb.md", Self.notebook.replacingOccurrences(of: "metrics=accuracy,log_loss", with: "metrics=log_loss,accuracy"))
        let notes = CacheNotes()
        let report = scratch.run(notes: notes)
        #expect(!report.failed, "\(report.messages)")
        #expect(notes.all.contains { $0.contains("recomputing") || $0.contains("running again without reading the cache") }, "\(notes.all)")
        #expect(report.steps(.ran).contains { $0.hasPrefix("train transformer") })
        #expect(Set(try evaluateRecords(scratch)) == Set(coldRecords))
        #expect(scratch.run().steps(.ran).isEmpty)
    }
}
