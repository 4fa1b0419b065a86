import Foundation
import Testing
@testable import LabRuntime

/// A notebook whose steps form two independent chains after the split.
private let notebook = """
# Cache test

```lab
load digits
relabel digits positive=9
split digits test=0.25 stratify seed=0
```

Two trees.

```lab
train tree max_depth=3 seed=0 on digits.train as shallow
train tree max_depth=6 seed=0 on digits.train as deep
```

```lab
evaluate shallow on digits.test metrics=accuracy,f1
plot roc shallow on digits.test
```

```lab
evaluate deep on digits.test metrics=accuracy,f1
```

"""

@Suite struct CacheBehaviourTests {
    @Test func secondRunComesWholeFromTheCacheWithIdenticalOutputs() throws {
        let scratch = try CacheScratch(notebook)
        let cold = scratch.run()
        #expect(!cold.failed, "\(cold.messages)")
        #expect(cold.steps(.cached).isEmpty)
        let coldFiles = scratch.outputs()
        let warm = scratch.run()
        #expect(warm.steps(.ran).isEmpty)
        #expect(warm.steps(.cached).count == cold.steps.count)
        #expect(scratch.outputs() == coldFiles)
        scratch.run(.off, output: "plain")
        #expect(scratch.outputs("plain") == coldFiles)
    }

    @Test func editingOneBlockRerunsExactlyItAndWhatReadsItsResults() throws {
        let scratch = try CacheScratch(notebook)
        scratch.run()
        try scratch.write("nb.md", notebook.replacingOccurrences(of: "max_depth=3", with: "max_depth=4"))
        let edited = scratch.run(explain: true)
        #expect(edited.steps(.ran) == [
            "train tree max_depth=4 seed=0 on digits.train as shallow",
            "evaluate shallow on digits.test metrics=accuracy,f1",
            "plot roc shallow on digits.test",
        ])
        #expect(edited.steps(.cached).count == 5)
        let reasons = edited.steps.compactMap(\.reason)
        #expect(reasons.first == "its directive changed (was: `train tree max_depth=3 seed=0 on digits.train as shallow`)")
        #expect(reasons.dropFirst().allSatisfy { $0 == "value `shallow` changed upstream" })
        scratch.run(.off, output: "plain")
        #expect(scratch.outputs("plain") == scratch.outputs())
    }

    @Test func editingProseAndMovingBlocksInvalidatesNothing() throws {
        let scratch = try CacheScratch(notebook)
        let cold = scratch.run()
        try scratch.write("nb.md", notebook.replacingOccurrences(of: "Two trees.", with: "Two trees,\n\nof two depths.\n\nMore prose."))
        let edited = scratch.run()
        #expect(edited.steps(.ran).isEmpty)
        #expect(edited.steps.map(\.line) != cold.steps.map(\.line))
        // Records carry the lines where the directives are now.
        scratch.run(.off, output: "plain")
        #expect(scratch.outputs("plain") == scratch.outputs())
    }

    @Test func aChangedDataFileInvalidatesExactlyTheStepsThatReadIt() throws {
        let csv = (0..<40).map { i in "\(i % 7),\(i % 3),\(i % 2)" }.joined(separator: "\n")
        let text = """
        ```lab
        load "a.csv" label=y as a
        load "b.csv" label=y as b
        split a test=0.25 seed=0
        split b test=0.25 seed=0
        train tree seed=0 on a.train as ta
        train tree seed=0 on b.train as tb
        evaluate ta on a.test metrics=accuracy
        evaluate tb on b.test metrics=accuracy
        ```

        """
        let scratch = try CacheScratch(text, files: ["a.csv": "u,v,y\n" + csv + "\n", "b.csv": "u,v,y\n" + csv + "\n"])
        scratch.run()
        try scratch.write("a.csv", "u,v,y\n" + csv.replacingOccurrences(of: "6,", with: "5,") + "\n")
        let edited = scratch.run(explain: true)
        #expect(edited.steps(.ran) == [
            "load \"a.csv\" label=y as a", "split a test=0.25 seed=0", "train tree seed=0 on a.train as ta",
            "evaluate ta on a.test metrics=accuracy",
        ])
        let why = try #require(edited.steps.first?.reason)
        #expect(why.contains("a.csv") && why.hasSuffix("changed"), "\(why)")
        scratch.run(.off, output: "plain")
        #expect(scratch.outputs("plain") == scratch.outputs())
    }

    @Test func truncatedOrGarbageEntriesAreRecomputedWithANote() throws {
        let scratch = try CacheScratch(notebook)
        scratch.run()
        let reference = scratch.outputs()
        for (k, file) in scratch.entryFiles.enumerated() {
            let bytes = try Data(contentsOf: file)
            try (k % 2 == 0 ? bytes.prefix(bytes.count / 2) : Data("garbage".utf8)).write(to: file)
        }
        let notes = CacheNotes()
        let report = scratch.run(notes: notes)
        #expect(!report.failed, "\(report.messages)")
        #expect(report.steps(.cached).isEmpty)
        #expect(notes.all.contains { $0.contains("(truncated); recomputing") })
        #expect(notes.all.contains { $0.contains("(not a labbook cache entry); recomputing") })
        #expect(scratch.outputs() == reference)
        #expect(scratch.run().steps(.ran).isEmpty)
    }

    @Test func aValueEntryLostAfterTheLookupMakesTheRunStartAgainWithoutTheCache() throws {
        let scratch = try CacheScratch(notebook)
        scratch.run()
        let reference = scratch.outputs()
        // Remove the big value entries (datasets, models) but keep the step results.
        for file in scratch.entryFiles where ((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) > 20_000 {
            try FileManager.default.removeItem(at: file)
        }
        try scratch.write("nb.md", notebook.replacingOccurrences(of: "evaluate deep on digits.test metrics=accuracy,f1", with: "evaluate deep on digits.test metrics=accuracy"))
        let notes = CacheNotes()
        let report = scratch.run(notes: notes)
        #expect(!report.failed, "\(report.messages)")
        #expect(notes.all.contains { $0.contains("running again without reading the cache") })
        scratch.run(.off, output: "plain")
        #expect(scratch.outputs("plain") == scratch.outputs())
        #expect(scratch.outputs() != reference)
    }

    @Test func forceRecomputesEverythingAndNoCacheWritesNothing() throws {
        let scratch = try CacheScratch(notebook)
        let off = scratch.run(.off)
        #expect(!FileManager.default.fileExists(atPath: scratch.cacheDirectory.path))
        #expect(off.steps(.cached).isEmpty)
        scratch.run()
        let forced = scratch.run(.force, explain: true)
        #expect(forced.steps(.cached).isEmpty)
        #expect(forced.steps.allSatisfy { $0.reason == "--force" })
        #expect(scratch.run().steps(.ran).isEmpty)
    }

    @Test func everyModelKindReadBackFromTheCachePredictsExactlyTheSame() throws {
        let kinds = ["dummy", "tree max_depth=4", "forest n_estimators=5 seed=1", "logistic max_iter=200", "svm probability",
                     "svm", "knn n_neighbors=3", "naive_bayes", "sgd epochs=3"]
        var text = "```lab\nload breast_cancer as bc\nsplit bc test=0.3 seed=0\nscale bc\n"
        for (k, kind) in kinds.enumerated() { text += "train \(kind) on bc.train as m\(k)\n" }
        text += "```\n\n```lab\nevaluate \(kinds.indices.map { "m\($0)" }.joined(separator: ", ")) on bc.test metrics=accuracy,roc_auc,f1\n```\n"
        let scratch = try CacheScratch(text)
        let cold = scratch.run()
        #expect(!cold.failed, "\(cold.messages)")
        // Changing only the evaluation makes it run on models decoded from the cache.
        try scratch.write("nb.md", text.replacingOccurrences(of: "metrics=accuracy,roc_auc,f1", with: "metrics=roc_auc,f1,accuracy"))
        let report = scratch.run()
        #expect(report.steps(.ran).count == 1)
        scratch.run(.off, output: "plain")
        #expect(scratch.outputs("plain") == scratch.outputs())
    }

    @Test func everyRegressorReadBackFromTheCachePredictsExactlyTheSame() throws {
        let text = """
        ```lab
        load diabetes as d
        split d test=0.3 seed=0
        train linear on d.train as a
        train ridge alpha=0.5 on d.train as b
        train tree_regressor max_depth=3 on d.train as c
        train dummy_regressor on d.train as e
        ```

        ```lab
        evaluate a, b, c, e on d.test metrics=mse,r2
        ```

        """
        let scratch = try CacheScratch(text)
        let cold = scratch.run()
        #expect(!cold.failed, "\(cold.messages)")
        try scratch.write("nb.md", text.replacingOccurrences(of: "metrics=mse,r2", with: "metrics=r2,mse"))
        let report = scratch.run()
        #expect(report.steps(.ran) == ["evaluate a, b, c, e on d.test metrics=r2,mse"])
        scratch.run(.off, output: "plain")
        #expect(scratch.outputs("plain") == scratch.outputs())
    }
}
