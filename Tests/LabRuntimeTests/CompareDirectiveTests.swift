import Foundation
import Testing
@testable import LabRuntime

/// `compare MODELS on DATA…`: the closing table across models scored on different data.
@Suite struct CompareDirectiveTests {
    static let setUp = """
        load reviews names="negative","positive" as r
        embed r model="tiny" pooling=mean as mean
        embed r model="tiny" pooling=cls as cls
        train svm on mean.train as svm_mean
        train transformer model="tiny" epochs=2 lr=1e-2 batch=4 seed=0 on r.train as ft
        train transformer model="tiny" lora=2 alpha=4 epochs=2 lr=1e-2 batch=4 seed=0 on r.train as lo
        evaluate svm_mean on mean.test metrics=accuracy
        evaluate ft, lo on r.test metrics=accuracy
        """

    func scratch(_ lines: String) throws -> CacheScratch {
        let scratch = try CacheScratch("# Compare\n\n```lab\n\(Self.setUp)\n\(lines)\n```\n", files: [
            "reviews/train.jsonl": TinyTextModel.reviews(16, offset: 0),
            "reviews/test.jsonl": TinyTextModel.reviews(8, offset: 3),
        ])
        try TinyTextModel.write(in: scratch.directory.appendingPathComponent("tiny"))
        return scratch
    }

    func records(_ scratch: CacheScratch) throws -> [[String: Any]] {
        let data = try Data(contentsOf: scratch.directory.appendingPathComponent("out/nb.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["records"] as? [[String: Any]] ?? []
    }

    func markdown(_ scratch: CacheScratch) throws -> String {
        try String(contentsOf: scratch.directory.appendingPathComponent("out/nb.md"), encoding: .utf8)
    }

    @Test func oneTableOfModelsEachOnItsOwnDataWithARecordPerRow() throws {
        let line = #"compare svm_mean, ft, lo on mean.test, r.test, r.test methods="linear SVM on frozen mean-pooled features","full fine-tuning","LoRA r=2" title="Frozen features against fine-tuning""#
        let scratch = try scratch(line)
        let report = scratch.run()
        #expect(!report.failed, "\(report.messages)")
        let text = try markdown(scratch)
        #expect(text.contains("**Frozen features against fine-tuning**"))
        #expect(text.contains("| model | method | data | accuracy | trainable parameters | seconds per epoch |\n| --- | --- | --- | ---: | ---: | ---: |"))
        let all = try records(scratch)
        let evaluated = Dictionary(uniqueKeysWithValues: all.filter { $0["directive"] as? String == "evaluate" }
            .map { ("\($0["model"] ?? "") on \($0["data"] ?? "")", $0["value"] as? Double ?? -1) })
        let compared = all.filter { $0["directive"] as? String == "compare" }
        #expect(compared.map { "\($0["model"] ?? "") on \($0["data"] ?? "")" } == ["svm_mean on mean.test", "ft on r.test", "lo on r.test"])
        for record in compared {
            // The same accuracy as evaluate, at full precision.
            #expect(record["value"] as? Double == evaluated["\(record["model"] ?? "") on \(record["data"] ?? "")"])
            #expect(record["metric"] as? String == "accuracy")
        }
        // Parameters: the SVM's 8 coefficients + 1 intercept; the tiny encoder with its pooler
        // head (1,218) for full fine-tuning; under LoRA 2 × (2·8 + 8·2) adapters + the 90 of the head.
        #expect(compared.map { $0["trainable_parameters"] as? Int } == [9, 1218, 154])
        #expect(compared[0]["seconds_per_epoch"] is NSNull)
        #expect(compared.dropFirst().allSatisfy { ($0["seconds_per_epoch"] as? Double).map { $0 >= 0 } == true })
        #expect(compared.map { $0["method"] as? String } == ["linear SVM on frozen mean-pooled features", "full fine-tuning", "LoRA r=2"])
        let rows = text.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("| svm_mean | linear SVM on frozen mean-pooled features | mean.test | ") && $0.hasSuffix(" | 9 | — |") })
        #expect(rows.contains { $0.hasPrefix("| ft | full fine-tuning | r.test | ") && $0.contains(" | 1,218 | ") })
        #expect(rows.contains { $0.hasPrefix("| lo | LoRA r=2 | r.test | ") && $0.contains(" | 154 | ") })
        // The trainable count is the one of the PEFT-style summary printed by train.
        #expect(text.contains("`trainable params: 154 || all params: 1,282 || trainable%:"))
        // A second run takes the comparison from the cache.
        let again = scratch.run()
        #expect(again.steps(.ran).isEmpty)
        #expect(again.steps(.cached).contains(line))
    }

    @Test func withoutMethodsTheMethodSaysHowEachModelWasMade() throws {
        let scratch = try scratch("compare svm_mean, ft, lo on mean.test, r.test, r.test")
        let report = scratch.run()
        #expect(!report.failed, "\(report.messages)")
        let text = try markdown(scratch)
        #expect(text.contains("**Comparison**"))
        #expect(text.contains("| svm_mean | LinearSVC on `mean.train` | mean.test | "))
        #expect(text.contains("| ft | full fine-tuning | r.test | "))
        #expect(text.contains("| lo | LoRA r=2 | r.test | "))
    }

    @Test(arguments: [
        ("compare svm_mean on cls.test",
         "error: 'svm_mean' was trained on the features of 'mean.train'; 'cls.test' holds other features"),
        ("compare svm_mean, ft, lo on mean.test, r.test",
         "error: compare pairs each model with its data: 3 models, 2 datasets"),
        (#"compare ft, lo on r.test methods="full""#,
         "error: methods= names 1 methods for 2 models"),
        ("compare svm_maen on mean.test",
         "did you mean 'svm_mean'?"),
        (#"compare ft on r.test method="full""#,
         "did you mean 'methods'?"),
        ("compare r on r.test",
         "error: compare reports the accuracy of classifiers; 'r' is a dataset"),
    ])
    func badInputIsRefusedWithALocatedError(line: String, message: String) throws {
        let scratch = try scratch(line)
        let report = scratch.run(.off)
        #expect(report.failed)
        let messages = report.messages.joined(separator: "\n")
        #expect(messages.contains(message), "\(messages)")
        #expect(messages.contains("nb.md:"), "\(messages)")
    }
}
