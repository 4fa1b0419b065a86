import Foundation
import LabRuntime
import Testing

@Test func evaluatingOnASplitOfTheWholeTrainingSetWarnsAboutTrainingRows() throws {
    let dir = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.25 seed=0\ntrain tree seed=0 on iris\nevaluate tree on iris.test metrics=accuracy"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let markdown = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(markdown.contains("> **Warning:** `tree` was trained on all of `iris`, so `iris.test` holds training rows and this score overstates how it does on new data; train on `iris.train`."))
    let records = try Records(#require(Lab.read("Outputs/nb.json", in: dir)))
    let warning = try #require(records.first { $0["warning"] != nil })
    #expect(warning["warning"] as? String == "training_rows")
    #expect(warning["model"] as? String == "tree")
    #expect(warning["data"] as? String == "iris.test")
    #expect(warning["metric"] == nil)
}

@Test func evaluatingOnTheTrainSplitWarnsAndTheTestSplitDoesNot() throws {
    let dir = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.25 seed=0\ntrain tree seed=0 on iris.train\nevaluate tree on iris.train metrics=accuracy\nexpect accuracy(tree on iris.test) >= 0.5"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let markdown = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(markdown.contains("> **Warning:** `iris.train` holds the training rows of `tree`, so this score overstates how it does on new data; evaluate on `iris.test`."))
    let records = try Records(#require(Lab.read("Outputs/nb.json", in: dir)))
    #expect(records.filter { $0["warning"] != nil }.count == 1)
}

@Test func aModelTrainedOnScaledFeaturesEvaluatedOnUnscaledDataWarns() throws {
    let dir = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.25 seed=0\nscale iris as scaled\ntrain logistic on scaled.train\nexpect accuracy(logistic on iris.test) >= 0"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let markdown = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(markdown.contains("> **Warning:** `logistic` was trained on standard-scaled features (`scaled.train`) but `iris.test` holds unscaled ones; evaluate it on data scaled the same way."))
    let records = try Records(#require(Lab.read("Outputs/nb.json", in: dir)))
    #expect(records.contains { $0["warning"] as? String == "feature_scaling" && $0["directive"] as? String == "expect" })
}

@Test func modelsScoredOnTheSameTrainingRowsShareOneWarningLineButKeepTheirRecords() throws {
    let dir = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.25 seed=0\ntrain tree seed=0 on iris.train\ntrain knn on iris.train\nevaluate tree, knn on iris.train metrics=accuracy"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let markdown = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(markdown.contains("> **Warning:** `iris.train` holds the training rows of `tree` and `knn`, so these scores overstate how they do on new data; evaluate on `iris.test`."))
    let records = try Records(#require(Lab.read("Outputs/nb.json", in: dir)))
    #expect(records.filter { $0["warning"] as? String == "training_rows" }.map { $0["model"] as? String } == ["tree", "knn"])
}
