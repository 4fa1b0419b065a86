import Testing
import Notebook

@Suite struct ParserTests {
    @Test func emptyFileHasNoBlocks() throws {
        let notebook = try NotebookParser.parse(path: "empty.md", bytes: [])
        #expect(notebook.blocks.isEmpty)
        #expect(notebook.frontMatter == nil)
        #expect(notebook.lineEnding == .lf)
    }

    @Test func onlyFencesWhoseFirstInfoWordIsLabAreBlocks() throws {
        let notebook = try Fixtures.parse("11-info-options.md")
        #expect(notebook.blocks.map(\.infoString) == [#"lab title="Split" cache=off"#, "lab", "lab"])
        #expect(notebook.blocks.map(\.options) == [#"title="Split" cache=off"#, "", ""])
        #expect(notebook.blocks.map(\.index) == [0, 1, 2])
    }

    @Test func labFenceShownInsideALongerFenceIsNotABlock() throws {
        let notebook = try Fixtures.parse("10-longer-fence-example.md")
        #expect(notebook.blocks.map(\.openingFenceLine) == [11])
    }

    @Test func indentedCodeThatLooksLikeLabIsNotABlock() throws {
        #expect(try Fixtures.parse("12-indented-code-lookalike.md").blocks.isEmpty)
    }

    @Test func tildeFencesAndLongerClosingFencesAreBlocks() throws {
        let notebook = try Fixtures.parse("09-tilde-fence.md")
        #expect(notebook.blocks.map(\.closingFenceLine) == [5, 9])
        #expect(notebook.blocks[1].infoString == "lab  seed=1")
        #expect(notebook.blocks[1].source == "show wine")
    }

    @Test func codeLinePositionsInABlockquote() throws {
        let notebook = try Fixtures.parse("08-blockquote.md")
        let quoted = try #require(notebook.blocks.first)
        #expect(quoted.code == [
            CodeLine(text: "load breast_cancer as bc", line: 4, column: 3),
            CodeLine(text: "show bc", line: 5, column: 2),
        ])
        #expect(quoted.containerPrefix == "> ")
        #expect(quoted.openingFenceColumn == 3)
        let nested = notebook.blocks[1]
        #expect(nested.code == [CodeLine(text: "plot bars bc", line: 12, column: 5)])
        #expect(nested.containerPrefix == "> > ")
    }

    @Test func codeLinePositionsInNestedLists() throws {
        let notebook = try Fixtures.parse("07-nested-list.md")
        #expect(notebook.blocks[0].code == [
            CodeLine(text: "load iris as iris", line: 5, column: 6),
            CodeLine(text: "show iris", line: 6, column: 6),
        ])
        #expect(notebook.blocks[0].containerPrefix == "     ")
        #expect(notebook.blocks[1].code == [CodeLine(text: "split iris test=0.2", line: 13, column: 7)])
        #expect(notebook.blocks[1].containerPrefix == "      ")
    }

    @Test func listMarkersBecomeSpacesInThePrefix() throws {
        let notebook = try parse("- ```lab\n  show d\n  ```\n\n10) > ```lab\n    > show e\n    > ```\n")
        #expect(notebook.blocks.map(\.containerPrefix) == ["  ", "    > "])
        #expect(notebook.blocks[0].code == [CodeLine(text: "show d", line: 2, column: 3)])
        #expect(notebook.blocks[1].code == [CodeLine(text: "show e", line: 6, column: 7)])
    }

    @Test func aTabPartlyTakenByTheContainerStaysInTheCodeText() throws {
        let notebook = try Fixtures.parse("03-tabs.md")
        #expect(notebook.blocks[0].code == [CodeLine(text: "load wine as w", line: 4, column: 2)])
        #expect(notebook.blocks[1].code.map(\.text) == ["\tshow w", "\t\tindented"])
        #expect(notebook.blocks[1].code.map(\.column) == [2, 2])
        #expect(notebook.blocks[0].containerPrefix == " \t")
        #expect(notebook.blocks[1].containerPrefix == ">\t")
    }

    @Test func fenceIndentationIsRemovedFromCodeButCountedInColumns() throws {
        let notebook = try Fixtures.parse("30-trailing-spaces-and-indent.md")
        #expect(notebook.blocks[0].code == [
            CodeLine(text: "load digits as d   ", line: 4, column: 4),
            CodeLine(text: "  indented more", line: 5, column: 4),
        ])
        #expect(notebook.blocks[0].containerPrefix == "   ")
    }

    @Test func unicodeColumnsCountUTF8Bytes() throws {
        let notebook = try parse("> ```lab\n> é 📊 x\n> ```\n")
        let line = try #require(notebook.blocks.first?.code.first)
        #expect(line.text == "é 📊 x")
        #expect(line.column == 3)
        #expect(line.text.utf8.count == 9)
    }

    @Test func bomIsNotCountedInColumnsAndIsKept() throws {
        let notebook = try Fixtures.parse("05-bom.md")
        #expect(notebook.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(notebook.blocks.first?.openingFenceLine == 1)
        #expect(notebook.blocks.first?.openingFenceColumn == 1)
        #expect(notebook.blocks.first?.code == [CodeLine(text: "load digits as d", line: 2, column: 1)])
    }

    @Test func crlfFileKeepsLineNumbersAndStripsEndings() throws {
        let notebook = try Fixtures.parse("02-crlf.md")
        #expect(notebook.lineEnding == .crlf)
        #expect(notebook.blocks[0].code == [
            CodeLine(text: "load iris as iris", line: 6, column: 1),
            CodeLine(text: "show iris rows=3", line: 7, column: 1),
        ])
        #expect(notebook.blocks[1].openingFenceLine == 12)
    }

    @Test func emptyLabBlocksHaveNoOrBlankCode() throws {
        let notebook = try Fixtures.parse("21-empty-lab-block.md")
        #expect(notebook.blocks[0].code.isEmpty)
        #expect(notebook.blocks[0].closingFenceLine == 4)
        #expect(notebook.blocks[1].code == [CodeLine(text: "", line: 7, column: 1)])
    }

    @Test func regionBelongsToTheBlockItFollows() throws {
        let notebook = try Fixtures.parse("16-stale-region.md")
        #expect(notebook.blocks[0].region == OutputRegion(openingLine: 9, closingLine: 17))
        let direct = try Fixtures.parse("23-region-no-blank.md")
        #expect(direct.blocks[0].region == OutputRegion(openingLine: 4, closingLine: 6))
        let quoted = try Fixtures.parse("25-regions-in-containers.md")
        #expect(quoted.blocks.map(\.region) == [OutputRegion(openingLine: 6, closingLine: 11),
                                                 OutputRegion(openingLine: 18, closingLine: 22)])
    }

    @Test func markerTextInCodeOrInlineHTMLIsNotARegion() throws {
        let notebook = try Fixtures.parse("13-marker-in-code.md")
        #expect(notebook.blocks.count == 1)
        #expect(notebook.blocks[0].region == nil)
        #expect(try Fixtures.parse("29-html-and-svg-prose.md").blocks.map(\.region) == [nil])
    }

    @Test func labBlocksInsideARegionAreOutputNotSource() throws {
        let text = "```lab\nshow a\n```\n\n<!-- lab:output -->\n\n```lab\nshown\n```\n\n<!-- /lab:output -->\n"
        let notebook = try parse(text)
        #expect(notebook.blocks.count == 1)
        #expect(notebook.blocks[0].region == OutputRegion(openingLine: 5, closingLine: 11))
    }

    @Test func unclosedNonLabFenceSwallowsTheRest() throws {
        let notebook = try Fixtures.parse("20-unclosed-non-lab-fence.md")
        #expect(notebook.blocks.map(\.openingFenceLine) == [1])
    }

    @Test func loneCarriageReturnsAreLineEndings() throws {
        let notebook = try Fixtures.parse("28-lone-cr.md")
        #expect(notebook.lineEnding == .cr)
        #expect(notebook.blocks.first?.code == [CodeLine(text: "load iris as iris", line: 4, column: 1)])
    }

    @Test func multiLineCommentIsNotAMarker() throws {
        let notebook = try parse("```lab\nx\n```\n\n<!--\nlab:output\n-->\n")
        #expect(notebook.blocks[0].region == nil)
    }

    @Test func htmlBlockAroundAMarkerHidesIt() throws {
        let notebook = try parse("```lab\nx\n```\n\n<div>\n<!-- lab:output -->\n</div>\n")
        #expect(notebook.blocks[0].region == nil)
    }
}
