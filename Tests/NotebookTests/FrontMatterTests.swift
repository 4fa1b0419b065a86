import Testing
import Notebook

@Suite struct FrontMatterTests {
    @Test func readsTitleParamsAndOtherFieldsInOrder() throws {
        let matter = try #require(try Fixtures.parse("18-front-matter.md").frontMatter)
        #expect(matter.title == "Evaluation metrics")
        #expect(matter.params.map(\.0) == ["depth", "seed", "names"])
        #expect(matter.params.map(\.1) == ["3", "0", "Not 9, 9"])
        #expect(matter.fields.map(\.0) == ["author"])
        #expect(matter.param("seed") == "0")
        #expect(matter.param("missing") == nil)
        #expect(matter.endLine == 8)
    }

    @Test func aLoneThematicBreakIsNotFrontMatter() throws {
        #expect(try parse("---\n\ntext\n").frontMatter == nil)
        #expect(try parse("text\n---\ntitle: x\n---\n").frontMatter == nil)
    }

    @Test func frontMatterAfterABomAndWithCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n...\r\n".utf8)
        let matter = try NotebookParser.parse(path: "f.md", bytes: bytes).frontMatter
        #expect(matter == FrontMatter(title: "T", params: [], endLine: 3))
    }

    @Test func markersAndBlocksInsideFrontMatterAreIgnored() throws {
        let notebook = try parse("---\ntitle: <!-- lab:output -->\nnote: x\n---\n\n```lab\nx\n```\n")
        #expect(notebook.blocks.count == 1)
        #expect(notebook.frontMatter?.title == "<!-- lab:output -->")
    }

    @Test func lineWithoutColonIsAnError() throws {
        let error = try #require(parseError(Array("---\ntitle: T\njust words\n---\n".utf8)))
        #expect(error.summary == "nb.md:3:1: error: front matter line must be 'key: value' (e.g. 'title: My lab' or, under 'params:', '  seed: 0'); if the '---' on line 1 is a horizontal rule, not front matter, put a line of text before it")
    }

    @Test func paramWithoutColonIsAnErrorAtItsColumn() throws {
        let error = try #require(parseError(Array("---\nparams:\n  depth 3\n---\n".utf8)))
        #expect((error.line, error.column) == (3, 3))
    }

    @Test func duplicateParamIsAnError() throws {
        let error = try #require(parseError(Array("---\nparams:\n  seed: 0\n  seed: 1\n---\n".utf8)))
        #expect(error.summary == "nb.md:4:3: error: parameter 'seed' is declared twice in the front matter; keep one")
    }

    @Test func indentedLinesUnderOtherKeysAreIgnored() throws {
        let matter = try parse("---\nauthors:\n  - A\n  - B\nparams:\n  k: v\n---\n").frontMatter
        #expect(matter?.params.map(\.1) == ["v"])
        #expect(matter?.fields.map(\.0) == ["authors"])
    }
}
