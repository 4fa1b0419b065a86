import Foundation
import Testing
@testable import LabRuntime
import Notebook

@Suite struct HTMLPageTests {
    private let notebook = """
    ---
    title: Digits, one page
    ---
    # Is it a 9?

    Some *prose* with `code`.

    ```lab
    load digits
    relabel digits positive=9
    split digits test=0.25 stratify seed=0
    train tree max_depth=3 seed=0 on digits.train as tree
    evaluate tree on digits.test metrics=accuracy,f1
    plot roc tree on digits.test
    ```

    After the block.

    """

    @Test func pageHasProseTablesAndInlineSVGAndNoOutsideRequest() throws {
        let scratch = try CacheScratch(notebook)
        var options = RunOptions(outputDirectory: scratch.directory.appendingPathComponent("site"))
        options.cache = .off
        let report = NotebookRunner.html(scratch.notebook, displayPath: "nb.md", options: options)
        #expect(!report.failed, "\(report.messages)")
        let page = try String(contentsOf: scratch.directory.appendingPathComponent("site/nb.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>Digits, one page</title>"))
        #expect(page.contains("<h1>Is it a 9?</h1>"))
        #expect(page.contains("<p>Some <em>prose</em> with <code>code</code>.</p>"))
        #expect(page.contains("<pre><code class=\"language-lab\">load digits\n"))
        #expect(page.contains("<th>model</th><th class=\"num\">accuracy</th>"))
        #expect(page.contains("<td>tree</td><td class=\"num\">0."))
        #expect(page.contains("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(page.contains("<p>After the block.</p>"))
        #expect(!page.contains("lab-html-output"))
        #expect(!page.contains("title: Digits"), "front matter is not prose")
        // The only URL is the SVG namespace; the policy forbids loading anything.
        let urls = page.components(separatedBy: "://").dropFirst().map { String($0.prefix(20)) }
        #expect(!urls.isEmpty && urls.allSatisfy { $0.hasPrefix("www.w3.org/2000/svg\"") }, "\(urls)")
        #expect(!page.contains(" src="), "nothing is loaded from elsewhere")
        #expect(page.contains("default-src 'none'"))
    }

    @Test func hiddenBlocksShowOnlyTheirOutputAndInlineValuesShowTheirNumber() throws {
        let text = """
        # Iris

        ```lab hide
        load iris
        split iris test=0.25 stratify seed=0
        train tree max_depth=3 seed=0 on iris.train as tree
        ```

        The tree scores `{lab} accuracy(tree on iris.test):.1%` on held-out rows.

        """
        let scratch = try CacheScratch(text)
        var options = RunOptions(outputDirectory: scratch.directory.appendingPathComponent("site"))
        options.cache = .off
        let report = NotebookRunner.html(scratch.notebook, displayPath: "nb.md", options: options)
        #expect(!report.failed, "\(report.messages)")
        let page = try String(contentsOf: scratch.directory.appendingPathComponent("site/nb.html"), encoding: .utf8)
        #expect(!page.contains("<code class=\"language-lab\">"), "a hidden block's source is not shown")
        #expect(page.contains("<div class=\"lab-output\">"), "its output is")
        #expect(!page.contains("{lab}"))
        #expect(page.contains("<p>The tree scores <code>94.7%</code> on held-out rows.</p>") ||
                page.contains("<p>The tree scores 94.7% on held-out rows.</p>"), "\(page)")
    }

    @Test func cellsAreEscapedAndKeepCodeAndBold() {
        #expect(HTMLPage.inline("a < b & `x<y>` **bold**") == "a &lt; b &amp; <code>x&lt;y&gt;</code> <strong>bold</strong>")
        let table = ResultTable(caption: "**Metrics**", header: ["model", "f1"], rows: [["<tree>", "0.5"]])
        #expect(HTMLPage.render(table) == """
            <table>
            <caption><strong>Metrics</strong></caption>
            <thead><tr><th>model</th><th class="num">f1</th></tr></thead>
            <tbody>
            <tr><td>&lt;tree&gt;</td><td class="num">0.5</td></tr>
            </tbody>
            </table>
            """)
    }

    @Test func failingNotebookWritesNoPage() throws {
        let scratch = try CacheScratch("```lab\nload nosuchdata\n```\n")
        var options = RunOptions(outputDirectory: scratch.directory.appendingPathComponent("site"))
        options.cache = .off
        let report = NotebookRunner.html(scratch.notebook, displayPath: "nb.md", options: options)
        #expect(report.failed)
        #expect(!FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("site/nb.html").path))
    }

    @Test func pipeTablesInTheProseBecomeHTMLTablesButNotInsideCode() {
        let markdown = "Intro\n\n| task | positive |\n|---|---:|\n| spam `filter` | 1 \\| 2 |\n\n```\n| a | b |\n|---|---|\n```\n"
        let converted = HTMLPage.convertingPipeTables(markdown)
        #expect(converted.contains("<thead><tr><th>task</th><th class=\"num\">positive</th></tr></thead>"))
        #expect(converted.contains("<tr><td>spam <code>filter</code></td><td class=\"num\">1 | 2</td></tr>"))
        #expect(converted.contains("```\n| a | b |\n|---|---|\n```"))
        #expect(!HTMLRenderer.render(markdown: converted).contains("<p>| task"))
    }
}
