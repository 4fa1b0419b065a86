import Foundation
import LabRuntime
import Testing

private let setUp = "load iris\nsplit iris test=0.25 stratify seed=0\ntrain tree max_depth=2 seed=0 on iris.train"

@Test func hiddenBlocksShowOnlyTheirOutputInTheRenderedCopy() throws {
    let text = "# T\n\n```lab hide\n\(setUp)\n```\n\nAfter.\n"
    let dir = try Lab.scratch(text)
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let rendered = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(!rendered.contains("```lab"))
    #expect(!rendered.contains("train tree max_depth=2"))
    #expect(!rendered.contains("<!-- lab:output -->"))
    #expect(rendered.hasPrefix("# T\n\nLoaded `iris`: 150 rows.\n"))
    #expect(rendered.hasSuffix("(112 rows, 4 features).\n\nAfter.\n"))
    #expect(!Lab.run(in: dir, inPlace: true).failed)
    let inPlace = try #require(Lab.read("nb.md", in: dir))
    #expect(inPlace.contains("```lab hide\n\(setUp)\n```"))
}

@Test func evaluateTitleReplacesTheCaption() throws {
    let dir = try Lab.scratch(Lab.notebook([setUp + "\nevaluate tree on iris.test metrics=accuracy title=\"Held-out accuracy\""]))
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let rendered = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(rendered.contains("**Held-out accuracy**"))
    #expect(!rendered.contains("**Metrics on iris.test**"))
}

@Test func plotWidthAndHeightSetTheShownSize() throws {
    let dir = try Lab.scratch(Lab.notebook([setUp + "\nplot confusion tree on iris.test width=300\nplot bars iris width=400 height=200"]))
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(!Lab.run(in: dir).failed)
    let confusion = try #require(Lab.read("Outputs/nb/confusion-tree-iris-test.svg", in: dir))
    #expect(confusion.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\""))
    let bars = try #require(Lab.read("Outputs/nb/bars-iris.svg", in: dir))
    #expect(bars.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\" viewBox=\"0 0 "))
    let bad = try Lab.scratch(Lab.notebook([setUp + "\nplot bars iris width=2"]))
    defer { try? FileManager.default.removeItem(at: bad) }
    let report = Lab.run(in: bad)
    #expect(report.messages.first?.contains("error: option 'width' must be in 16...10000, got 2") == true)
}

@Test func inlineValuesAreReplacedInTheRenderedCopyAndRoundTripInPlace() throws {
    let text = Lab.notebook([setUp]) + "\nThe tree scores `{lab} accuracy(tree on iris.test):.1%` on held-out rows (f1 `{lab} f1(tree on iris.test) average=macro:.3f`).\n"
    let dir = try Lab.scratch(text)
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = Lab.run(in: dir)
    #expect(!report.failed, "\(report.messages)")
    let rendered = try #require(Lab.read("Outputs/nb.md", in: dir))
    #expect(rendered.contains("The tree scores 94.7% on held-out rows (f1 0.946)."), "\(rendered)")
    #expect(!Lab.run(in: dir, inPlace: true).failed)
    let once = try #require(Lab.read("nb.md", in: dir))
    #expect(once.contains("`{lab} accuracy(tree on iris.test):.1%`<!--lab:value-->94.7%<!--/lab:value-->"))
    #expect(!Lab.run(in: dir, inPlace: true).failed)
    #expect(Lab.read("nb.md", in: dir) == once)
}

@Test func anInlineValueNamingAnUnknownModelIsALocatedCheckError() throws {
    let text = Lab.notebook([setUp]) + "\nScore: `{lab} accuracy(forest on iris.test)`, `{lab} acuracy(tree on iris.test)`.\n"
    let program = try Lab.compile(text)
    #expect(program.diagnostics.map(\.summary) == [
        "nb.md:11:24: error: unknown name 'forest'",
        "nb.md:11:54: error: unknown metric 'acuracy' for an inline value (expected one of: accuracy, precision, recall, f1, specificity, fall_out, roc_auc, average_precision, log_loss, mse, rmse, mae, r2)",
    ])
}

@Test func theInlineValueFormIsAnErrorInsideALabBlock() throws {
    let program = try Lab.compile(Lab.notebook([setUp + "\nvalue accuracy"]))
    #expect(program.diagnostics.map(\.summary) == ["nb.md:9:1: error: 'value' is written in prose, not in a lab block"])
}
