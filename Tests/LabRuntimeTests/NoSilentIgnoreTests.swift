import Foundation
import LabRuntime
import Testing

/// Runs `block` after a three-class iris set-up and returns the run and its folder (the caller removes it).
private func messages(_ block: String, keepGoing: Bool = false) throws -> (RunReport, URL) {
    let dir = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.25 stratify seed=0\ntrain tree max_depth=2 seed=0 on iris.train", block]))
    return (Lab.run(in: dir, keepGoing: keepGoing), dir)
}

@Test func scatterOfPredictionsRefusesColumnOptions() throws {
    let (report, dir) = try messages("predict tree on iris.test as preds\nplot scatter preds x=\"foo\" y=\"bar\"")
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(report.failed)
    #expect(report.messages.first?.hasPrefix("nb.md:15:22: error: x= names a column of a dataset; 'preds' holds predictions") == true, "\(report.messages)")
}

@Test func posLabelOnAThreeClassEvaluationIsAnError() throws {
    let (report, dir) = try messages("evaluate tree on iris.test metrics=accuracy pos_label=1")
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(report.failed)
    #expect(report.messages.first?.contains("error: pos_label= applies to a binary target; 'iris.test' has 3 classes") == true)
}

@Test func averageOnExpectIsShownAndRecorded() throws {
    let (report, dir) = try messages("expect f1(tree on iris.test) >= 0.5 average=macro")
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!report.failed, "\(report.messages)")
    let markdown = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(markdown.contains("`f1(tree on iris.test) >= 0.5 average=macro`"))
    let json = try #require(Lab.read("Outputs/nb.json", in: dir))
    let record = try #require(try Records(json).first { $0["directive"] as? String == "expect" })
    #expect(record["metric"] as? String == "f1")
    #expect(record["average"] as? String == "macro")
    #expect(record["op"] as? String == ">=")
}

@Test func externalPredictionOptionsOnAModelAreErrors() throws {
    let (report, dir) = try messages("evaluate tree on iris.test threshold=0.3")
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(report.messages.first?.contains("error: threshold= applies to predictions stored as columns of a dataset; 'tree' is a model") == true)
}
