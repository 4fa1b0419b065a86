import Foundation
import Notebook
import Testing

/// Inputs that once broke a fuzz target's property (`Fuzz/Regressions/notebook`),
/// replayed with the same property: whenever a notebook parses, splicing keeps
/// the text outside regions, keeps the blocks, and is idempotent.
private let regressionFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fuzz/Regressions/notebook").standardizedFileURL

private let regressionInputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: regressionFolder.path)) ?? []).sorted()

@Test func theNotebookRegressionCorpusIsPresent() {
    #expect(!regressionInputs.isEmpty)
}

@Test(arguments: regressionInputs)
func fuzzFoundNotebooksSpliceWithoutChangingTheirText(_ name: String) throws {
    let bytes = Array(try Data(contentsOf: regressionFolder.appendingPathComponent(name)))
    guard let source = try? NotebookParser.parse(path: "f.md", bytes: bytes) else { return }
    let bodies = Dictionary(uniqueKeysWithValues: source.blocks.map { ($0.index, "r\($0.index)\n\n| x |") })
    let once = Splicer.splice(source, bodies: bodies)
    let reparsed = try #require(try? NotebookParser.parse(path: "f.md", bytes: once))
    #expect(String(decoding: Splicer.strippingRegions(reparsed), as: UTF8.self)
            == String(decoding: Splicer.strippingRegions(source), as: UTF8.self))
    #expect(reparsed.blocks.count == source.blocks.count)
    #expect(Splicer.splice(reparsed, bodies: bodies) == once)
}

@Test func aClosingFenceOutsideTheBlocksListItemIsAnError() throws {
    let bytes = Array(try Data(contentsOf: regressionFolder.appendingPathComponent("crash-04a8542e")))
    do {
        _ = try NotebookParser.parse(path: "f.md", bytes: bytes)
        Issue.record("expected an error")
    } catch let error as NotebookError {
        #expect(error.summary == "f.md:8:1: error: the closing fence of the lab block opened at line 4 lies outside the block's list item or quote; indent '```' like the opening fence")
    }
}

/// A quote inside a list item, closed by a fence whose `>` sits left of the item's
/// indent: that line belongs to a quote outside the item, so the block is refused
/// (the fuzz input crash-2009430f, written plainly).
@Test func aClosingFenceWhoseQuoteMarkerLeavesTheListItemIsAnError() throws {
    let text = "* outer\n  > ```lab\n  > load iris\n >  ```\n\nprose\n"
    do {
        _ = try NotebookParser.parse(path: "f.md", bytes: Array(text.utf8))
        Issue.record("expected an error")
    } catch let error as NotebookError {
        #expect(error.summary == "f.md:4:1: error: the closing fence of the lab block opened at line 2 lies outside the block's list item or quote; indent '```' like the opening fence")
    }
    // Aligned with the opening fence, the same block parses.
    let aligned = "* outer\n  > ```lab\n  > load iris\n  > ```\n\nprose\n"
    #expect(try NotebookParser.parse(path: "f.md", bytes: Array(aligned.utf8)).blocks.count == 1)
}
