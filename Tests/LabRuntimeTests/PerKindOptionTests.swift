import Foundation
import LabRuntime
import Testing

// Per-kind options of `train` and `plot`, checked against the real registry before anything runs.

@Test func anOptionOfAnotherModelKindIsACheckErrorListingThatKindsOptionsOnly() throws {
    let program = try Lab.compile(Lab.notebook(["load iris\nsplit iris test=0.25 seed=0\ntrain tree C=1 on iris.train"]))
    let error = try #require(program.diagnostics.first)
    #expect(error.summary == "nb.md:8:12: error: unknown option 'C' for 'train tree' (valid options: criterion, max_depth, min_samples_split, min_samples_leaf, max_features, seed)")
    #expect(error.hint == "'C' is an option of logistic, svm")
    #expect(program.diagnostics.count == 1)
}

@Test func didYouMeanDrawsFromTheKindsOptionsWithScikitLearnNames() throws {
    let knn = try Lab.compile(Lab.notebook(["load iris\nsplit iris\ntrain knn k=3 on iris.train"]))
    #expect(knn.diagnostics.first?.summary == "nb.md:8:11: error: unknown option 'k' for 'train knn' (valid options: n_neighbors, weights)")
    #expect(knn.diagnostics.first?.hint == "did you mean 'n_neighbors'? (scikit-learn calls the number of neighbours n_neighbors)")

    let forest = try Lab.compile(Lab.notebook(["load iris\nsplit iris\ntrain forest n_trees=10 on iris.train"]))
    let error = try #require(forest.diagnostics.first)
    #expect(error.message.hasPrefix("unknown option 'n_trees' for 'train forest' (valid options: criterion, max_depth,"))
    #expect(!error.message.contains("n_neighbors"))
    #expect(error.hint == "did you mean 'n_estimators'? (scikit-learn calls the number of trees n_estimators)")

    let typo = try Lab.compile(Lab.notebook(["load iris\nsplit iris\ntrain tree max_dept=3 on iris.train"]))
    #expect(typo.diagnostics.first?.hint == "did you mean 'max_depth'?")
}

@Test func splitAcceptsStratifyTrueAndListsFlagsAmongValidOptions() throws {
    #expect(try Lab.summaries(Lab.notebook(["load iris\nsplit iris stratify=true seed=0"])) == [])
    #expect(try Lab.summaries(Lab.notebook(["load iris\nsplit iris stratify=false"])) == [])
    let program = try Lab.compile(Lab.notebook(["load iris\nsplit iris test_size=0.3 random_state=1"]))
    #expect(program.diagnostics.map(\.summary) == [
        "nb.md:7:12: error: unknown option 'test_size' for 'split' (valid options: test, validation, seed, shuffle, indices, stratify)",
        "nb.md:7:26: error: unknown option 'random_state' for 'split' (valid options: test, validation, seed, shuffle, indices, stratify)",
    ])
    #expect(program.diagnostics.map(\.hint) == [
        "did you mean 'test'? (scikit-learn's test_size is test= here)",
        "did you mean 'seed'? (scikit-learn's random_state is seed= here)",
    ])
}

@Test func stratifyTrueSplitsLikeTheBareFlag() throws {
    let bare = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.2 stratify seed=3"]))
    defer { try? FileManager.default.removeItem(at: bare) }
    let written = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.2 stratify=true seed=3"]))
    defer { try? FileManager.default.removeItem(at: written) }
    let plain = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.2 stratify=false seed=3"]))
    defer { try? FileManager.default.removeItem(at: plain) }
    for dir in [bare, written, plain] { #expect(!Lab.run(in: dir).failed) }
    let a = Lab.read("Outputs/nb.md", in: bare), b = Lab.read("Outputs/nb.md", in: written), c = Lab.read("Outputs/nb.md", in: plain)
    #expect(a != nil && a?.replacingOccurrences(of: "stratify seed", with: "stratify=true seed") == b)
    let model = "\ntrain tree seed=0 on iris.train\nevaluate tree on iris.test metrics=accuracy"
    let stratified = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.2 stratify=true seed=3" + model]))
    defer { try? FileManager.default.removeItem(at: stratified) }
    let unstratified = try Lab.scratch(Lab.notebook(["load iris\nsplit iris test=0.2 stratify=false seed=3" + model]))
    defer { try? FileManager.default.removeItem(at: unstratified) }
    #expect(!Lab.run(in: stratified).failed && !Lab.run(in: unstratified).failed)
    #expect(Lab.read("Outputs/nb.json", in: stratified) != Lab.read("Outputs/nb.json", in: unstratified))
    #expect(c != nil)
}

@Test func plotKindsHaveTheirOwnOptions() throws {
    let program = try Lab.compile(Lab.notebook([
        "load iris\nsplit iris\ntrain tree on iris.train\nplot roc tree on iris.test index=3\nplot confusion tree on iris.test normalize=true",
    ]))
    #expect(program.diagnostics.map(\.summary) == [
        "nb.md:9:28: error: unknown option 'index' for 'plot roc' (valid options: title, width, height, pos_label)",
    ])
    #expect(program.diagnostics.first?.hint == "'index' is an option of image")
}

@Test func twoPerKindOptionErrorsAreBothReportedAndNothingIsWritten() throws {
    let text = Lab.notebook([
        "load iris\nsplit iris test=0.25 seed=0",
        "train tree C=1 on iris.train",
        "train knn k=3 on iris.train",
    ])
    let dir = try Lab.scratch(text)
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = Lab.run(in: dir)
    #expect(report.failed)
    #expect(report.messages.count == 2)
    #expect(report.messages[0].hasPrefix("nb.md:13:12: error: unknown option 'C' for 'train tree'"))
    #expect(report.messages[1].hasPrefix("nb.md:19:11: error: unknown option 'k' for 'train knn'"))
    #expect(Lab.snapshot(dir).keys.sorted() == ["/nb.md"])
}

@Test func unknownParamOverrideIsAUsageErrorWithDidYouMean() throws {
    let dir = try Lab.scratch(Lab.notebook(["param depth=3\nload iris"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = Lab.run(in: dir, parameters: [("dept", "1")])
    #expect(report.failed && report.usageError)
    #expect(report.messages == ["lab: error: --param dept: nb.md has no parameter 'dept' (its parameters: depth)\nhint: did you mean 'depth'?"])
    #expect(Lab.snapshot(dir).keys.sorted() == ["/nb.md"])
    let frontMatter = try Lab.compile(Lab.notebook(["load iris"], frontMatter: "params:\n  share: 0.25"), parameters: [("share", "0.3")])
    #expect(frontMatter.unknownParameters.isEmpty)
}

@Test func frontMatterParameterValuesAreTypeCheckedAndSubstituted() throws {
    let text = Lab.notebook(["load iris\nsplit iris test=$share seed=0\ntrain tree max_depth=$depth on iris.train"],
                            frontMatter: "params:\n  share: 0.25\n  depth: deep")
    let program = try Lab.compile(text)
    #expect(program.diagnostics.map(\.message) == ["option 'max_depth' expects an integer, got $depth = 'deep'"])
    let fixed = try Lab.compile(text, parameters: [("depth", "4")])
    #expect(!fixed.hasErrors)
    let train = try #require(fixed.steps.last)
    #expect(train.resolved.option("max_depth") == .number(4, literal: "4"))
    #expect(train.canonicalForm == "train tree on iris.train max_depth=4 as tree")
}
