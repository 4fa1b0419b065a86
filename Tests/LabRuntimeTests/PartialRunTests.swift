import Foundation
import LabRuntime
import Testing

@Test func keepGoingRunsEverythingIndependentOfATypo() throws {
    let dir = try Lab.scratch(Lab.notebook([
        "load iris\nsplit iris test=0.25 stratify seed=0",
        "trian forest seed=0 on iris.train",
        "train tree max_depth=2 seed=0 on iris.train\nevaluate tree on iris.test metrics=accuracy",
        "evaluate forest on iris.test metrics=accuracy",
    ]))
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = Lab.run(in: dir, keepGoing: true)
    #expect(report.failed)
    #expect(report.messages.count == 1)
    #expect(report.messages.first?.hasPrefix("nb.md:13:1: error: unknown directive 'trian'") == true)
    let markdown = try #require(Lab.read("Outputs/nb.md", in: dir))
    let json = try #require(Lab.read("Outputs/nb.json", in: dir))
    #expect(markdown.contains("nb.md:13:1: error: unknown directive 'trian'"))
    #expect(markdown.contains("error: skipped: it reads 'forest', which the directive at line 13 did not make"))
    #expect(markdown.contains("| tree | 0.9"))
    let records = try Records(json).filter { $0["directive"] as? String != "split" }
    #expect(records.map { [$0["block"] as? Int, $0["step"] as? Int] } == [[3, 2]])
    #expect(records.first?["model"] as? String == "tree")
}

@Test func withoutKeepGoingACheckErrorWritesNothing() throws {
    let dir = try Lab.scratch(Lab.notebook(["load iris\ntrian forest on iris"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = Lab.run(in: dir)
    #expect(report.failed)
    #expect(Lab.snapshot(dir).keys.sorted() == ["/nb.md"])
}

@Test func aParseErrorIsShownInItsBlockAndTheRestRuns() throws {
    let dir = try Lab.scratch(Lab.notebook(["load iris\nshow iris rows=\"2", "show iris rows=1"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = Lab.run(in: dir, keepGoing: true)
    #expect(report.failed)
    let markdown = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(markdown.contains("error: unterminated string"))
    #expect(markdown.contains("First 1 rows of iris"))
}
