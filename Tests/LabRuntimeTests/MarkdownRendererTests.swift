import LabRuntime
import Testing

@Test func tableCellsEscapePipesAndFlattenLineBreaks() {
    let table = ResultTable(header: ["model", "note"], rows: [["a|b", "two\nlines"]])
    #expect(MarkdownRenderer.render(table) == "| model | note |\n| --- | ---: |\n| a\\|b | two lines |")
}

@Test func captionGoesAboveTheTableInBold() {
    let table = ResultTable(caption: "Metrics on digits.test", header: ["model"], rows: [["tree"]])
    #expect(MarkdownRenderer.render(table).hasPrefix("**Metrics on digits.test**\n\n| model |"))
}

@Test func multiLineWarningsStayInsideTheBlockQuote() {
    let text = MarkdownRenderer.render([.warning("first line\n\nthird line")], figures: .link(folder: "nb"))
    #expect(text == "> **Warning:** first line\n>\n> third line")
}

@Test func errorFencesAreLongerThanAnyBacktickRunInside() {
    let text = MarkdownRenderer.render([.error("use ```lab blocks")], figures: .link(folder: "nb"))
    #expect(text == "````text\nuse ```lab blocks\n````")
}

@Test func figuresLinkToTheirFileWithAltText() {
    let figure = FigureOutput(name: "roc-tree", svg: "<svg/>", altText: "ROC [curve]")
    #expect(MarkdownRenderer.render([.figure(figure)], figures: .link(folder: "lab")) == "![ROC (curve)](lab/roc-tree.svg)")
    #expect(MarkdownRenderer.render([.figure(figure)], figures: .inline) == "<svg/>")
}
