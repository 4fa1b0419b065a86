import Testing
import Notebook

@Suite struct HTMLRendererTests {
    @Test func rendersCommonMark() {
        #expect(HTMLRenderer.render(markdown: "# Title\n\n*x*") == "<h1>Title</h1>\n<p><em>x</em></p>\n")
    }

    @Test func keepsInlineSVGAndComments() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"
        let html = HTMLRenderer.render(markdown: "<!-- lab:output -->\n\n\(svg)\n\n<!-- /lab:output -->\n")
        // An <svg> line is inline HTML for CommonMark (wrapped in <p>), but never escaped.
        #expect(html == "<!-- lab:output -->\n<p>\(svg)</p>\n<!-- /lab:output -->\n")
    }

    @Test func emptyMarkdownGivesEmptyHTML() {
        #expect(HTMLRenderer.render(markdown: "") == "")
    }

    @Test func unicodeSurvives() {
        #expect(HTMLRenderer.render(markdown: "café 📊 한국어") == "<p>café 📊 한국어</p>\n")
    }
}
