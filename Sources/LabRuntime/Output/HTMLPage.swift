import Notebook

/// One self-contained HTML page of a notebook and its outputs (`lab html`).
///
/// The prose goes through cmark's HTML renderer; each output region is built
/// from the typed outputs — tables as HTML tables, charts as inline SVG — and
/// a small stylesheet is embedded. The page makes no outside request (its
/// Content-Security-Policy forbids them), so it opens offline and as a mail attachment.
enum HTMLPage {
    /// The page for `notebook` with `outputs` by block index. As in the rendered
    /// Markdown, ```` ```lab hide ```` blocks show only their output and inline
    /// `{lab}` values are replaced by `inlineValues` (by inline step index).
    static func render(_ notebook: ParsedNotebook, outputs: [Int: [Output]], inlineValues: [Int: String] = [:],
                       fallbackTitle: String) -> String {
        var bodies: [Int: String] = [:]
        for block in notebook.blocks { bodies[block.index] = placeholder(block.index) }
        let hidden = Set(notebook.blocks.filter(\.isHidden).map(\.index))
        var markdown = String(decoding: Splicer.splice(notebook, bodies: bodies, hiding: hidden, values: inlineValues),
                              as: UTF8.self)
        if let frontMatter = notebook.frontMatter {
            markdown = markdown.split(separator: "\n", omittingEmptySubsequences: false)
                .dropFirst(frontMatter.endLine).joined(separator: "\n")
        }
        var html = HTMLRenderer.render(markdown: convertingPipeTables(markdown))
        for block in notebook.blocks {
            let rendered = "<div class=\"lab-output\">\n" + (outputs[block.index] ?? []).map(render).joined(separator: "\n") + "\n</div>"
            html = html.replacingOccurrences(of: placeholder(block.index), with: rendered)
        }
        let title = notebook.frontMatter?.title ?? firstHeading(markdown) ?? fallbackTitle
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(escape(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <main>
        \(html)
        </main>
        </body>
        </html>

        """
    }

    private static func placeholder(_ index: Int) -> String { "<!--lab-html-output-\(index)-->" }

    static func render(_ output: Output) -> String {
        switch output {
        case .table(let table): return render(table)
        case .figure(let figure):
            return "<figure>\n" + figure.svg.trimmingCharacters(in: .whitespacesAndNewlines) + "\n</figure>"
        case .text(let text): return HTMLRenderer.render(markdown: text).trimmingCharacters(in: .newlines)
        case .warning(let text): return "<p class=\"warning\">" + inline(text) + "</p>"
        case .error(let text): return "<pre class=\"error\">" + escape(text) + "</pre>"
        }
    }

    static func render(_ table: ResultTable) -> String {
        var out = "<table>\n"
        if let caption = table.caption { out += "<caption>" + inline(caption) + "</caption>\n" }
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { k, cell in
                let right = k < table.alignments.count && table.alignments[k] == .right
                return "<\(tag)\(right ? " class=\"num\"" : "")>" + inline(cell) + "</\(tag)>"
            }.joined()
        }
        out += "<thead><tr>" + cells(table.header, tag: "th") + "</tr></thead>\n<tbody>\n"
        for row in table.rows { out += "<tr>" + cells(row, tag: "td") + "</tr>\n" }
        return out + "</tbody>\n</table>"
    }

    /// A table cell or caption: HTML escaped, with `code` spans and **bold** kept.
    static func inline(_ text: String) -> String {
        var out = ""
        var code = false, bold = false
        let chars = Array(text)
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if c == "`" {
                out += code ? "</code>" : "<code>"
                code.toggle()
            } else if !code, c == "*", k + 1 < chars.count, chars[k + 1] == "*" {
                out += bold ? "</strong>" : "<strong>"
                bold.toggle()
                k += 1
            } else {
                out += escape(String(c))
            }
            k += 1
        }
        if code { out += "</code>" }
        if bold { out += "</strong>" }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func firstHeading(_ markdown: String) -> String? {
        for line in markdown.split(separator: "\n") where line.hasPrefix("# ") {
            return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static let stylesheet = """
    body { margin: 0; background: #fff; color: #1f2328; font: 16px/1.55 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; }
    main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
    h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.6em; }
    h1 { font-size: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.3em; }
    h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.3em; }
    code { font: 0.875em/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #eff1f3; padding: 0.15em 0.35em; border-radius: 4px; }
    pre { background: #f6f8fa; padding: 0.9rem 1rem; border-radius: 6px; overflow-x: auto; }
    pre code { background: none; padding: 0; }
    pre code.language-lab { color: #0a3069; }
    .lab-output { border-left: 3px solid #54aeff; padding: 0.2rem 0 0.2rem 1rem; margin: 0.5rem 0 1.5rem; }
    table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.9em; display: block; overflow-x: auto; }
    caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
    th, td { border: 1px solid #d1d9e0; padding: 0.3rem 0.7rem; }
    th { background: #f6f8fa; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr:nth-child(2n) td { background: #f9fafb; }
    figure { margin: 1rem 0; }
    figure svg { max-width: 100%; height: auto; }
    blockquote { margin: 0; padding: 0 1em; color: #59636e; border-left: 0.25em solid #d1d9e0; }
    .warning { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 0.5rem 0.8rem; }
    .error { background: #ffebe9; border: 1px solid #ff8182; color: #82071e; }
    img { max-width: 100%; }
    """
}
