import Testing
import Notebook

@Suite struct ErrorTests {
    @Test func invalidUTF8PointsAtTheFirstBadByte() throws {
        let error = try #require(parseError(try Fixtures.bytes("errors/invalid-utf8.md"), path: "bad.md"))
        #expect(error.summary == "bad.md:3:5: error: invalid UTF-8 byte 0xFF; save the notebook as UTF-8")
    }

    @Test func truncatedOrOverlongSequencesAreInvalid() throws {
        let truncated = try #require(parseError(Array("ok\né".utf8.dropLast())))
        #expect((truncated.line, truncated.column) == (2, 1))
        #expect(truncated.message == "invalid UTF-8 byte 0xC3; save the notebook as UTF-8")
        let overlong = try #require(parseError([0x61, 0xC0, 0xAF]))
        #expect((overlong.line, overlong.column) == (1, 2))
        let surrogate = try #require(parseError([0x0A, 0xED, 0xA0, 0x80]))
        #expect((surrogate.line, surrogate.column) == (2, 1))
    }

    @Test func unclosedLabFenceAtEndOfFileIsAnError() throws {
        let error = try #require(parseError(try Fixtures.bytes("errors/unclosed-lab-at-eof.md"), path: "u.md"))
        #expect(error.summary == "u.md:3:1: error: lab block opened at line 3 is never closed; add a closing fence '```' after its last directive")
    }

    @Test func unclosedLabFenceInABlockquoteNamesItsFence() throws {
        let error = try #require(parseError(Array("> ~~~~lab\n> show d\n\nafter\n".utf8)))
        #expect(error.summary == "nb.md:1:3: error: lab block opened at line 1 is never closed; add a closing fence '~~~~' after its last directive")
    }

    @Test func openingMarkerWithoutClosingMarker() throws {
        let error = try #require(parseError(try Fixtures.bytes("errors/region-never-closed.md")))
        #expect(error.summary == "nb.md:5:1: error: output region opened at line 5 is never closed; add '<!-- /lab:output -->' after its output")
    }

    @Test func secondOpeningMarkerMeansTheFirstIsNeverClosed() throws {
        let text = "```lab\nx\n```\n\n<!-- lab:output -->\n\n  <!-- lab:output -->\n\n<!-- /lab:output -->\n"
        let error = try #require(parseError(Array(text.utf8)))
        #expect(error.line == 5)
        #expect(error.message.hasPrefix("output region opened at line 5 is never closed"))
    }

    @Test func closingMarkerWithoutOpeningMarker() throws {
        let error = try #require(parseError(try Fixtures.bytes("errors/closing-without-opening.md")))
        #expect(error.summary == "nb.md:7:1: error: '<!-- /lab:output -->' at line 7 closes no output region; add '<!-- lab:output -->' before the output or delete this line")
    }

    @Test func regionThatFollowsNoLabBlockIsOrphaned() throws {
        let error = try #require(parseError(try Fixtures.bytes("errors/orphan-region.md")))
        #expect(error.summary == "nb.md:3:1: error: output region at lines 3-7 is orphaned: it does not follow a lab block; move it directly after a ```lab block's closing fence (only blank lines between) or delete it")
    }

    @Test func secondRegionAfterABlockIsOrphaned() throws {
        let region = "<!-- lab:output -->\n\nx\n\n<!-- /lab:output -->\n"
        let error = try #require(parseError(Array("```lab\nx\n```\n\n\(region)\n\(region)".utf8)))
        #expect(error.line == 11)
        #expect(error.message.contains("is orphaned"))
    }

    @Test func regionAfterProseIsOrphanedEvenWithABlockBefore() throws {
        let text = "```lab\nx\n```\n\nprose\n\n<!-- lab:output -->\n<!-- /lab:output -->\n"
        let error = try #require(parseError(Array(text.utf8)))
        #expect(error.description.hasPrefix("nb.md:7:1: error: output region at lines 7-8 is orphaned"))
    }

    @Test func indentedMarkerColumnPointsAtTheComment() throws {
        let error = try #require(parseError(Array("- item\n\n  <!-- /lab:output -->\n".utf8)))
        #expect((error.line, error.column) == (3, 3))
    }
}

@Test(arguments: [
    ("# Lab\n\n<!-- /lab:output -->\n", "nb.md:3:1: error: '<!-- /lab:output -->' at line 3 closes no output region; add '<!-- lab:output -->' before the output or delete this line\n    3 | <!-- /lab:output -->\n      | ^~~~~~~~~~~~~~~~~~~~"),
    ("```lab\nload iris\n```\n\n<!-- lab:output -->\nold\n", "nb.md:5:1: error: output region opened at line 5 is never closed; add '<!-- /lab:output -->' after its output\n    5 | <!-- lab:output -->\n      | ^~~~~~~~~~~~~~~~~~~"),
    ("> ~~~~lab\n> show d\n", "nb.md:1:3: error: lab block opened at line 1 is never closed; add a closing fence '~~~~' after its last directive\n    1 | > ~~~~lab\n      |   ^~~~~~~"),
])
func notebookErrorsShowTheLineWithACaretUnderTheFault(_ text: String, _ expected: String) throws {
    do {
        _ = try NotebookParser.parse(path: "nb.md", bytes: Array(text.utf8))
        Issue.record("expected an error")
    } catch let error as NotebookError {
        #expect(error.description == expected)
    }
}
