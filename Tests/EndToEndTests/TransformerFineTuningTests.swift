import Foundation
import Testing
import Transformer

@Test func trainTransformerFullAndLoRAEvaluatePlotAndSaveOnATinyModel() throws {
    let notebook = """
        # Fine-tuning

        ```lab
        load reviews names="negative","positive" as r
        train transformer model="tiny" epochs=3 lr=1e-3 batch=4 weight_decay=0.01 warmup=0.1 seed=0 on r.train validate=r.test as ft
        train transformer model="tiny" head=distilbert lora=4 alpha=8 dropout=0.1 epochs=2 lr=1e-2 batch=4 seed=0 on r.train validate=r.test as lo
        train transformer model="tiny" pooling=mean epochs=1 lr=1e-3 batch=4 seed=0 on r.train as mp
        evaluate ft, lo, mp on r.test
        plot loss ft
        save lo to "models/lo"
        ```
        """
    let dir = try LabProcess.scratch([
        "nb.md": Array(notebook.utf8),
        "reviews/train.jsonl": Array(reviews(24, offset: 0).utf8),
        "reviews/test.jsonl": Array(reviews(8, offset: 3).utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeTinyModel(in: dir.appendingPathComponent("tiny"))
    let result = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: dir.appendingPathComponent("Outputs/nb.md"), encoding: .utf8)
    #expect(text.contains("Trained `ft`: `tiny` + pooler head on [CLS], full fine-tuning, on `r.train` (24 texts)"))
    #expect(text.contains("Trained `lo`: `tiny` + pre-classifier head on [CLS], LoRA r=4, alpha=8, targets query,value"))
    #expect(text.contains("Trained `mp`: `tiny` + pooler head on the token mean, full fine-tuning, on `r.train` (24 texts)"))
    #expect(text.contains("| epoch | training loss | validation loss | validation accuracy | seconds |"))
    // Adapters 1 layer × (query, value) × (4·8 + 8·4) = 128, head 8·8+8 + 2·8+2 = 90.
    #expect(text.contains("`trainable params: 218 || all params: 1,346 || trainable%: 16.1961`"))
    #expect(text.contains("**Metrics on r.test**"))
    #expect(text.contains("| lo |"))
    #expect(text.contains(".svg"))
    #expect(result.stderr.contains("train ft: epoch 3/3 step 6/6"))
    // The saved folder is a Hugging Face checkpoint that reloads with its head and labels.
    let saved = dir.appendingPathComponent("models/lo")
    let config = try JSONSerialization.jsonObject(with: Data(contentsOf: saved.appendingPathComponent("config.json"))) as? [String: Any]
    #expect(config?["id2label"] as? [String: String] == ["0": "negative", "1": "positive"])
    #expect(FileManager.default.fileExists(atPath: saved.appendingPathComponent("vocab.txt").path))
    let reloaded = try BertClassifier<Float>.load(directory: saved)
    #expect(reloaded.options.head == .distilbert && reloaded.options.labelNames == ["negative", "positive"])
    // model="FOLDER" epochs=0 reads it back, and it scores the test split as the trained model did.
    let again = """
        # Reload

        ```lab
        load reviews names="negative","positive" as r
        train transformer model="models/lo" epochs=0 on r.train as back
        evaluate back on r.test
        ```
        """
    try Data(again.utf8).write(to: dir.appendingPathComponent("nb.md"))
    let second = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(second.status == 0, "\(second.stderr)")
    let reread = try String(contentsOf: dir.appendingPathComponent("Outputs/nb.md"), encoding: .utf8)
    #expect(reread.contains("Loaded `back`: `lo` with its pre-classifier head on [CLS], not trained (epochs=0)."))
    let row = { (text: String, model: String) in
        text.split(separator: "\n").first { $0.hasPrefix("| \(model) |") }.map { $0.dropFirst(model.count + 4) }
    }
    #expect(row(reread, "back") != nil && row(reread, "back") == row(text, "lo"))
}

@Test func loraOptionsWithoutLoraAndSavingAPlainModelAreErrors() throws {
    let notebook = """
        # Fine-tuning

        ```lab
        load reviews as r
        train transformer model="tiny" alpha=8 epochs=1 on r.train as ft
        ```
        """
    let dir = try LabProcess.scratch([
        "nb.md": Array(notebook.utf8),
        "reviews/train.jsonl": Array(reviews(8, offset: 0).utf8),
        "reviews/test.jsonl": Array(reviews(4, offset: 3).utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeTinyModel(in: dir.appendingPathComponent("tiny"))
    let result = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: alpha= applies to LoRA: add lora=8"), "\(result.stderr)")
    let escape = """
        # Save

        ```lab
        load reviews as r
        train transformer model="tiny" epochs=1 max_steps=1 on r.train as ft
        save ft to "../outside"
        ```
        """
    try Data(escape.utf8).write(to: dir.appendingPathComponent("nb.md"))
    let refused = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("save writes inside the notebook's folder"), "\(refused.stderr)")
}

/// Fine-tuning reports progress on standard error: never with `--quiet`, and a closed or
/// full standard error loses the progress lines but not the run.
@Test func fineTuningProgressIsSilentWhenQuietAndSurvivesAnUnwritableStandardError() throws {
    let notebook = """
        # Fine-tuning

        ```lab
        load reviews names="negative","positive" as r
        train transformer model="tiny" epochs=2 lr=1e-3 batch=4 seed=0 on r.train as ft
        ```
        """
    let dir = try LabProcess.scratch([
        "nb.md": Array(notebook.utf8),
        "reviews/train.jsonl": Array(reviews(24, offset: 0).utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeTinyModel(in: dir.appendingPathComponent("tiny"))
    let loud = try LabProcess.run(["run", "nb.md", "--no-cache"], in: dir)
    #expect(loud.status == 0 && loud.stderr.contains("train ft: epoch 2/2 step 6/6"), "\(loud.stderr)")
    let quiet = try LabProcess.run(["run", "nb.md", "--no-cache", "--quiet"], in: dir)
    #expect(quiet.status == 0)
    #expect(!quiet.stderr.contains("train ft"), "\(quiet.stderr)")
    for redirect in ["2>&-", "2>/dev/full"] {
        let ended = try LabProcess.runWithStandardError(redirect, ["run", "nb.md", "--no-cache"], in: dir)
        #expect(ended.reason == .exit && ended.status == 0, "\(redirect)")
    }
}
