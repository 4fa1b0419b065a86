import Foundation
import Testing
import Notebook

@Suite struct RoundTripTests {
    @Test func corpusHasAtLeastTwentyFixtures() {
        #expect(Fixtures.corpus.count >= 20)
    }

    @Test(arguments: Fixtures.corpus)
    func spliceThenStripGivesTheStrippedSource(_ name: String) throws {
        let source = try Fixtures.parse(name)
        let bodies = Dictionary(uniqueKeysWithValues: source.blocks.map { ($0.index, sampleBody($0.index)) })
        let spliced = Splicer.splice(source, bodies: bodies)
        let reparsed = try NotebookParser.parse(path: name, bytes: spliced)
        #expect(Splicer.strippingRegions(reparsed) == Splicer.strippingRegions(source))
        #expect(reparsed.blocks.count == source.blocks.count)
        #expect(reparsed.blocks.allSatisfy { $0.region != nil })
        #expect(reparsed.blocks.map(\.code).map { $0.map(\.text) } == source.blocks.map(\.code).map { $0.map(\.text) })
        #expect(reparsed.lineEnding == source.lineEnding)
    }

    @Test(arguments: Fixtures.corpus)
    func cmarkSeesEachRegionRightAfterItsCodeBlockInTheSameContainer(_ name: String) throws {
        let source = try Fixtures.parse(name)
        let bodies = Dictionary(uniqueKeysWithValues: source.blocks.map { ($0.index, sampleBody($0.index)) })
        let html = HTMLRenderer.render(markdown: String(decoding: Splicer.splice(source, bodies: bodies), as: UTF8.self))
        // A container closing between the code and the marker would put </li> or </blockquote> there.
        let adjacent = html.split(separator: "</code></pre>\n", omittingEmptySubsequences: false).dropFirst()
            .filter { $0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("<!-- lab:output -->") }
        #expect(adjacent.count == source.blocks.count)
        #expect(html.components(separatedBy: "<!-- /lab:output -->").count - 1 >= source.blocks.count)
    }

    @Test(arguments: Fixtures.corpus)
    func spliceIsIdempotent(_ name: String) throws {
        let source = try Fixtures.parse(name)
        let bodies = Dictionary(uniqueKeysWithValues: source.blocks.map { ($0.index, sampleBody($0.index)) })
        let once = Splicer.splice(source, bodies: bodies)
        let twice = Splicer.splice(try NotebookParser.parse(path: name, bytes: once), bodies: bodies)
        #expect(twice == once)
    }

    @Test(arguments: Fixtures.corpus)
    func splicingSomeBlocksLeavesTheOthersByteForByte(_ name: String) throws {
        let source = try Fixtures.parse(name)
        let bodies = Dictionary(uniqueKeysWithValues: source.blocks.filter { $0.index % 2 == 1 }.map { ($0.index, "odd \($0.index)") })
        let spliced = try NotebookParser.parse(path: name, bytes: Splicer.splice(source, bodies: bodies))
        #expect(Splicer.strippingRegions(spliced) == Splicer.strippingRegions(source))
        for (before, after) in zip(source.blocks, spliced.blocks) where before.index % 2 == 0 {
            #expect((before.region == nil) == (after.region == nil))
            if let old = before.region, let new = after.region {
                #expect(lines(source.bytes, old) == lines(spliced.bytes, new))
            }
        }
    }

    @Test(arguments: Fixtures.corpus)
    func emptyBodiesLeaveTheFileUnchanged(_ name: String) throws {
        let source = try Fixtures.parse(name)
        #expect(Splicer.splice(source, bodies: [:]) == source.bytes)
    }

    /// The raw lines of a region, for comparing regions across files.
    private func lines(_ bytes: [UInt8], _ region: OutputRegion) -> [String] {
        let all = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return all[(region.openingLine - 1)...(region.closingLine - 1)].map(String.init)
    }
}
