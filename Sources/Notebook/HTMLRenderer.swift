/// Renders Markdown to HTML with cmark, for `lab html`.
public enum HTMLRenderer {
    /// CommonMark HTML of `markdown`, raw HTML kept (`CMARK_OPT_UNSAFE`) so inline `<svg>` survives.
    ///
    /// Plain CommonMark: pipe tables are not rendered as tables (cmark has no
    /// GFM extensions). Complexity: O(n).
    public static func render(markdown: String) -> String {
        CMarkBridge.html(markdown: markdown)
    }
}
