import Foundation
import LabCore
import Testing

/// Directive-level behaviour of issue #12, run in-process.
@Suite struct ScikitLearnFidelityTests {
    @Test func splitWritesEachPartsIndicesAsARecord() throws {
        let run = try NotebookHarness(NotebookHarness.block("load iris\nsplit iris test=0.2 validation=0.25 stratify seed=3"))
        defer { run.remove() }
        #expect(!run.report.failed, "\(run.report.messages)")
        let splits = try run.records().filter { $0["directive"] as? String == "split" }
        #expect(splits.map { $0["data"] as? String } == ["iris.train", "iris.validation", "iris.test"])
        #expect(splits.allSatisfy { $0["metric"] == nil && $0["line"] as? Int == 5 })
        let species = (0..<150).map { $0 / 50 }
        let expected = try Splitter.split(n: 150, test: .fraction(0.2), validation: .fraction(0.25),
                                          stratifyBy: species, seed: 3)
        #expect(splits.map { $0["indices"] as? [Int] ?? [] } == expected.map(\.indices))
    }

    @Test func stratifyingAClassWithOneMemberIsALocatedError() throws {
        let csv = "x,label\n1,a\n2,a\n3,b\n4,b\n5,c\n6,a\n7,b\n8,a\n"
        let run = try NotebookHarness(NotebookHarness.block("load \"few.csv\" label=label\nsplit few test=0.5 stratify seed=0"),
                                      files: ["few.csv": csv])
        defer { run.remove() }
        #expect(run.report.failed)
        #expect(run.report.messages.first?.hasPrefix("nb.md:5:") == true)
        #expect(run.report.messages.first?.contains("Classes with too few members are: [") == true)
    }

    /// scikit-learn 1.9.1: `precision_score(y, p, labels=[0, 1, 2], average="macro")` and friends,
    /// where class 2 occurs neither in the truth nor in the predictions.
    @Test func labelsMayNameAClassAbsentFromTheData() throws {
        let run = try NotebookHarness(NotebookHarness.block("""
            load breast_cancer
            split breast_cancer test=0.25 stratify seed=0
            train tree max_depth=2 seed=0 on breast_cancer.train
            evaluate tree on breast_cancer.test metrics=precision,recall,f1,confusion_matrix average=macro labels=0,1,2
            """))
        defer { run.remove() }
        #expect(!run.report.failed, "\(run.report.messages)")
        let records = try run.exactRecords().filter { $0["directive"].string == "evaluate" }
        let value = { (m: String) in records.first { $0["metric"].string == m }?["value"].double }
        #expect(value("precision") == 0.5853835978835978)
        #expect(value("recall") == 0.5996505939902166)
        #expect(value("f1") == 0.589317106152806)
        let matrix = records.first { $0["metric"].string == "confusion_matrix" }
        #expect(matrix?["labels"].ints == [0, 1, 2])
        #expect(matrix?["matrix"].array.compactMap(\.ints) == [[50, 3, 0], [13, 77, 0], [0, 0, 0]])
        let text = try run.markdown()
        #expect(text.contains("| **true 2** | 0 | 0 | 0 |"))
        #expect(text.contains("Precision is ill-defined and being set to 0.0 in labels with no predicted samples."))
        #expect(text.contains("F-score is ill-defined and being set to 0.0 in labels with no true nor predicted samples."))
    }

    @Test func labelsOfAnotherKindThanTheClassesAreRefused() throws {
        let run = try NotebookHarness(NotebookHarness.block("""
            load iris
            split iris seed=0
            train tree on iris.train
            evaluate tree on iris.test metrics=f1 average=macro labels=0,setosa-ish
            """))
        defer { run.remove() }
        #expect(run.report.failed)
        #expect(run.report.messages.first?.contains("labels= names 'setosa-ish', which is not a class of 'iris.test' and not of its kind") == true)
    }

    @Test func validatingOnDataWithAClassTheTrainingDataLacksIsALocatedError() throws {
        let train = "x,label\n1,a\n2,b\n3,a\n4,b\n"
        let other = "x,label\n1,a\n2,b\n3,c\n"
        let run = try NotebookHarness(NotebookHarness.block("""
            load "train.csv" label=label as t
            load "other.csv" label=label as o
            train sgd epochs=2 on t validate=o as m
            """), files: ["train.csv": train, "other.csv": other])
        defer { run.remove() }
        #expect(run.report.failed)
        let message = run.report.messages.first ?? ""
        #expect(message.hasPrefix("nb.md:6:"), "\(message)")
        #expect(message.contains("'o' holds class 'c', which the training data does not have (classes: a, b)"), "\(message)")
    }
}
