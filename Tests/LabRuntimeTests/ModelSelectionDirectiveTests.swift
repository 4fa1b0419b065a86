import Foundation
import Testing

/// `crossval` and `search` run in-process against scikit-learn 1.9.1's
/// `cross_validate` and `GridSearchCV` (Tests/Fixtures/ScikitLearn/model_selection.json).
@Suite struct ModelSelectionDirectiveTests {
    static func fixture() throws -> ExactJSON {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ScikitLearn/model_selection.json")
        return try JSONDecoder().decode(ExactJSON.self, from: Data(contentsOf: url))
    }

    @Test func crossvalReportsCrossValidatesFoldScoresMeanAndStd() throws {
        let expected = try Self.fixture()["crossval"].array[1]
        #expect(expected["data"].string == "breast_cancer")
        let run = try NotebookHarness(NotebookHarness.block("""
            load breast_cancer
            split breast_cancer test=0.25 stratify seed=0
            crossval tree max_depth=4 seed=1 on breast_cancer.train folds=5 stratify seed=42 metrics=accuracy,f1,precision,recall
            """))
        defer { run.remove() }
        #expect(!run.report.failed, "\(run.report.messages)")
        let records = try run.exactRecords().filter { $0["directive"].string == "crossval" }
        #expect(records.count == 4)
        for r in records {
            let metric = try #require(r["metric"].string)
            #expect(r["scores"].doubles == expected["scores"][metric].doubles, "\(metric)")
            #expect(r["mean"].double == expected["mean"][metric].double, "\(metric)")
            #expect(r["std"].double == expected["std"][metric].double, "\(metric)")
        }
        let text = try run.markdown()
        #expect(text.contains("| fold | train rows | test rows | accuracy | f1 | precision | recall |"))
        #expect(text.contains("| mean ± std |"))
    }

    @Test func searchFindsGridSearchCVsBestParametersAndRanks() throws {
        let expected = try Self.fixture()["search"].array[0]
        #expect(expected["data"].string == "digits_9_vs_rest")
        let run = try NotebookHarness(NotebookHarness.block("""
            load digits
            relabel digits positive=9
            split digits test=0.25 stratify seed=0
            search tree max_depth=1..6 criterion=gini,entropy seed=0 on digits.train folds=5 stratify seed=0 metric=f1 as best
            evaluate best on digits.test metrics=accuracy
            plot search best
            """))
        defer { run.remove() }
        #expect(!run.report.failed, "\(run.report.messages)")
        let records = try run.exactRecords().filter { $0["directive"].string == "search" }
        let candidates = records.filter { $0["rank"].double != nil }
        #expect(candidates.map { $0["mean"].double ?? .nan } == expected["mean_test_score"].doubles)
        #expect(candidates.map { $0["std"].double ?? .nan } == expected["std_test_score"].doubles)
        #expect(candidates.map { Int($0["rank"].double ?? 0) } == expected["rank_test_score"].ints)
        #expect(candidates.map { $0["params"]["criterion"].string ?? "" }
            == expected["params"].array.map { $0["criterion"].string ?? "" })
        let best = try #require(records.last)
        #expect(best["best_params"]["max_depth"].double == expected["best_params"]["max_depth"].double)
        #expect(best["best_params"]["criterion"].string == expected["best_params"]["criterion"].string)
        #expect(best["best_score"].double == expected["best_score"].double)
        let text = try run.markdown()
        #expect(text.contains("| criterion | max_depth | mean f1 | std | rank |"))
        #expect(text.contains("Best of 12 candidates: `criterion=entropy max_depth=6`"))
        let svg = try String(contentsOf: run.folder.appendingPathComponent("Outputs/nb/search-best.svg"), encoding: .utf8)
        #expect(svg.contains("criterion=gini") && svg.contains("criterion=entropy") && svg.contains("max_depth"))
    }

    @Test func aModelOptionAfterOnIsALocatedError() throws {
        let run = try NotebookHarness(NotebookHarness.block("""
            load iris
            crossval tree on iris max_depth=3
            """))
        defer { run.remove() }
        #expect(run.report.failed)
        #expect(run.report.messages.first?.hasPrefix("nb.md:5:") == true, "\(run.report.messages)")
        #expect(run.report.messages.first?.contains("option 'max_depth' does not apply to crossval after 'on DATA'") == true)
    }

    @Test func plottingASearchOfAModelThatSearchDidNotMakeExplainsWhy() throws {
        let run = try NotebookHarness(NotebookHarness.block("""
            load iris
            train tree on iris
            plot search tree
            """))
        defer { run.remove() }
        #expect(run.report.failed)
        #expect(run.report.messages.first?.contains("'tree' was not made by search") == true, "\(run.report.messages)")
    }

    @Test func searchWithoutAGridAxisIsRefused() throws {
        let run = try NotebookHarness(NotebookHarness.block("""
            load iris
            search tree max_depth=3 on iris folds=3 as best
            """))
        defer { run.remove() }
        #expect(run.report.failed)
        #expect(run.report.messages.first?.contains("search needs at least one grid axis") == true, "\(run.report.messages)")
    }
}
