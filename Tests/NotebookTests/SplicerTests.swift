import Testing
import Notebook

@Suite struct SplicerTests {
    private func spliced(_ text: String, _ bodies: [Int: String]) throws -> String {
        String(decoding: Splicer.splice(try parse(text), bodies: bodies), as: UTF8.self)
    }

    @Test func insertsARegionAfterTheClosingFence() throws {
        let out = try spliced("```lab\nshow d\n```\nafter\n", [0: "| a |\n|---|"])
        #expect(out == "```lab\nshow d\n```\n\n<!-- lab:output -->\n\n| a |\n|---|\n\n<!-- /lab:output -->\nafter\n")
    }

    @Test func replacesAnExistingRegionAndKeepsEverythingAround() throws {
        let text = "# T  \n```lab\nshow d\n```\n\n\n<!-- lab:output -->\nold\n<!-- /lab:output -->\ntail\t\n"
        #expect(try spliced(text, [0: "new"]) == "# T  \n```lab\nshow d\n```\n\n\n<!-- lab:output -->\n\nnew\n\n<!-- /lab:output -->\ntail\t\n")
    }

    @Test func blankLinesInAQuoteKeepTheMarkerButNoTrailingSpace() throws {
        let out = try spliced("> ```lab\n> x\n> ```\n", [0: "a\n\nb"])
        #expect(out == "> ```lab\n> x\n> ```\n>\n> <!-- lab:output -->\n>\n> a\n>\n> b\n>\n> <!-- /lab:output -->\n")
    }

    @Test func listItemRegionIsIndentedToTheItemContent() throws {
        let out = try spliced("1. ```lab\n   x\n   ```\n2. next\n", [0: "r"])
        #expect(out == "1. ```lab\n   x\n   ```\n\n   <!-- lab:output -->\n\n   r\n\n   <!-- /lab:output -->\n2. next\n")
    }

    @Test func aRegionAfterAFenceEndingInALoneCRDoesNotFuseIntoCRLF() throws {
        // Fuzz finding (Fuzz/Regressions/notebook/crash-bd6b19b0): LF and CR tie, so LF is
        // dominant; an LF right after the fence's lone CR would read as one CRLF.
        let text = "```lab\n```\r"
        let out = try spliced(text, [0: "a"])
        #expect(out == "```lab\n```\r\r<!-- lab:output -->\r\ra\r\r<!-- /lab:output -->\r")
        #expect(try spliced(out, [0: "a"]) == out)
        #expect(Splicer.strippingRegions(try parse(out)) == Array(text.utf8))
    }

    @Test func aCRRegionBeforeAnLFBlankLineEndsInLF() throws {
        let text = "```lab\rx\r```\r\r<!-- lab:output -->\rold\r<!-- /lab:output -->\n\nafter\r"
        let out = try spliced(text, [0: "new"])
        #expect(out == "```lab\rx\r```\r\r<!-- lab:output -->\n\nnew\n\n<!-- /lab:output -->\n\nafter\r")
        #expect(try spliced(out, [0: "new"]) == out)
    }

    @Test func aRegionInsertedBeforeAnLFBlankLineInACRFileEndsInLF() throws {
        // Fuzz finding (crash-4bc41c7e): CR is dominant, the fence ends in LF and an empty
        // LF line follows; a region ending in a lone CR would fuse with it into one CRLF.
        let text = "\r\r```lab\r```\n\n"
        let out = try spliced(text, [0: "a"])
        #expect(out == "\r\r```lab\r```\n\n<!-- lab:output -->\n\na\n\n<!-- /lab:output -->\n\n")
        #expect(try spliced(out, [0: "a"]) == out)
        #expect(Splicer.strippingRegions(try parse(out)) == Array(text.utf8))
    }

    @Test func crlfFilesGetCRLFRegions() throws {
        let out = try spliced("```lab\r\nx\r\n```\r\n", [0: "a\nb"])
        #expect(out == "```lab\r\nx\r\n```\r\n\r\n<!-- lab:output -->\r\n\r\na\r\nb\r\n\r\n<!-- /lab:output -->\r\n")
    }

    @Test func bodyCarriageReturnsAndSurroundingBlankLinesAreDropped() throws {
        let out = try spliced("```lab\nx\n```\n", [0: "\n\na\r\nb\n\n"])
        #expect(out == "```lab\nx\n```\n\n<!-- lab:output -->\n\na\nb\n\n<!-- /lab:output -->\n")
    }

    @Test func emptyBodyGivesOneBlankLineBetweenMarkers() throws {
        #expect(try spliced("```lab\n```\n", [0: ""]) == "```lab\n```\n\n<!-- lab:output -->\n\n<!-- /lab:output -->\n")
    }

    @Test func fileWithoutFinalNewlineStaysWithoutOne() throws {
        let once = try spliced("```lab\nx\n```", [0: "a"])
        #expect(once == "```lab\nx\n```\n\n<!-- lab:output -->\n\na\n\n<!-- /lab:output -->")
        let source = try parse(once)
        #expect(Splicer.strippingRegions(source) == Array("```lab\nx\n```".utf8))
        #expect(String(decoding: Splicer.splice(source, bodies: [0: "b"]), as: UTF8.self)
                == "```lab\nx\n```\n\n<!-- lab:output -->\n\nb\n\n<!-- /lab:output -->")
    }

    @Test func bomIsPreserved() throws {
        let source = try Fixtures.parse("05-bom.md")
        let out = Splicer.splice(source, bodies: [0: "a"])
        #expect(out.starts(with: [0xEF, 0xBB, 0xBF, 0x60]))
        #expect(try NotebookParser.parse(path: "b.md", bytes: out).blocks.first?.region == OutputRegion(openingLine: 5, closingLine: 9))
    }

    @Test func markerLinesInsideABodyAreEscaped() throws {
        let out = try spliced("```lab\nx\n```\n", [0: "<!-- /lab:output -->\n  <!--lab:output-->"])
        #expect(out.contains("\n&lt;!-- /lab:output -->\n  &lt;!--lab:output-->\n"))
        #expect(try parse(out).blocks[0].region == OutputRegion(openingLine: 5, closingLine: 10))
    }

    @Test func unknownBlockIndicesAreIgnored() throws {
        let text = "```lab\nx\n```\n"
        #expect(try spliced(text, [3: "nothing"]) == text)
    }

    @Test func strippingRemovesRegionsAndOneBlankLineBefore() throws {
        let text = "```lab\nx\n```\n\n\n<!-- lab:output -->\nold\n<!-- /lab:output -->\nafter\n"
        #expect(Splicer.strippingRegions(try parse(text)) == Array("```lab\nx\n```\n\nafter\n".utf8))
    }

    @Test func strippingAQuotedRegionRemovesTheQuotedBlankLine() throws {
        let source = try Fixtures.parse("25-regions-in-containers.md")
        let stripped = String(decoding: Splicer.strippingRegions(source), as: UTF8.self)
        #expect(stripped == "- Item\n  ```lab\n  load iris as iris\n  ```\n- Next\n\n> ```lab\n> show iris\n> ```\n")
    }

    @Test func consecutiveBlocksEachGetTheirOwnRegion() throws {
        let source = try Fixtures.parse("19-consecutive-blocks.md")
        let out = try NotebookParser.parse(path: "c.md", bytes: Splicer.splice(source, bodies: [0: "a", 1: "b", 2: "c", 3: "d"]))
        #expect(out.blocks.map(\.openingFenceLine) == [1, 10, 20, 29])
        #expect(out.blocks.compactMap(\.region).count == 4)
    }

    @Test func handWrittenRegionStaysInItsOwnContainer() throws {
        // The region sits at top level after a list item's block; re-prefixing it
        // would pull the indented line after it into the list as a fence.
        let text = "1. ```lab\n   c\n   ```\n<!-- lab:output -->\nold\n<!-- /lab:output -->\n    ```lab\n    not code\n"
        let out = try spliced(text, [0: "new"])
        #expect(out == "1. ```lab\n   c\n   ```\n<!-- lab:output -->\n\nnew\n\n<!-- /lab:output -->\n    ```lab\n    not code\n")
        #expect(try parse(out).blocks.count == 1)
    }

    @Test func existingMarkerPrefixesAreKeptVerbatim() throws {
        let text = "```lab\nx\n```\n- <!-- lab:output -->\n  old\n  <!-- /lab:output -->\n"
        #expect(try spliced(text, [0: "a"]) == "```lab\nx\n```\n- <!-- lab:output -->\n\n  a\n\n  <!-- /lab:output -->\n")
    }

    @Test func markersAfterContainerMarkersInABodyAreEscaped() throws {
        let out = try spliced("```lab\nx\n```\n", [0: "> <!-- /lab:output -->\n- <!--lab:output-->\ntext <!-- lab:output --> kept"])
        #expect(out.contains("\n> &lt;!-- /lab:output -->\n- &lt;!--lab:output-->\ntext <!-- lab:output --> kept\n"))
        #expect(try parse(out).blocks[0].region == OutputRegion(openingLine: 5, closingLine: 11))
    }
}
