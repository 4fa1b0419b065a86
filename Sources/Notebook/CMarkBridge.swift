import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kind of a block-level cmark node the notebook parser cares about.
enum CMarkBlockKind: Sendable, Equatable {
    /// A fenced or indented code block.
    case codeBlock
    /// A raw HTML block (output region markers are HTML comments).
    case htmlBlock
    /// Any other leaf block: paragraph, heading, thematic break.
    case otherLeaf
}

/// One leaf block as reported by cmark, copied into Swift values.
///
/// Lines and columns are cmark's (1-based; columns in UTF-8 bytes, the BOM not
/// counted). `endLine` is cmark's raw value: for HTML blocks libcmark 0.30.2
/// reports it one too small, so callers derive the end from `literal`.
struct CMarkBlock: Sendable, Equatable {
    /// What kind of block this is.
    let kind: CMarkBlockKind
    /// 1-based line of the block's first byte.
    let startLine: Int
    /// 1-based UTF-8 byte column of the block's first byte.
    let startColumn: Int
    /// 1-based last line as reported by cmark (unreliable for HTML blocks).
    let endLine: Int
    /// The block's literal text (code and HTML blocks), container prefixes removed.
    let literal: String
    /// The fence's info string (code blocks only; empty for indented code).
    let fenceInfo: String
}

/// The only place in the package that talks to libcmark.
///
/// Follows swift-markdown's `CommonMarkConverter`: parse, walk cmark's
/// ENTER/EXIT iterator, copy what is needed into immutable Swift values, and
/// free every C object before returning.
enum CMarkBridge {
    /// Parses `bytes` with source positions and returns every leaf block in document order.
    ///
    /// Container blocks (lists, items, block quotes) are not returned; their
    /// leaves are. Inline nodes are skipped. Complexity: O(n) in the input size.
    static func leafBlocks(of bytes: [UInt8]) -> [CMarkBlock] {
        let options = CMARK_OPT_SOURCEPOS
        guard let document = bytes.withUnsafeBufferPointer({ buffer -> OpaquePointer? in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, options)
                }
            } ?? cmark_parse_document("", 0, options)
        }) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        var blocks: [CMarkBlock] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let kind: CMarkBlockKind
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK: kind = .codeBlock
            case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_THEMATIC_BREAK: kind = .otherLeaf
            default: continue
            }
            blocks.append(CMarkBlock(
                kind: kind,
                startLine: Int(cmark_node_get_start_line(node)),
                startColumn: Int(cmark_node_get_start_column(node)),
                endLine: Int(cmark_node_get_end_line(node)),
                literal: string(cmark_node_get_literal(node)),
                fenceInfo: kind == .codeBlock ? string(cmark_node_get_fence_info(node)) : ""
            ))
        }
        return blocks
    }

    /// Renders CommonMark to HTML with raw HTML kept (`CMARK_OPT_UNSAFE`), so inline `<svg>` survives.
    static func html(markdown: String) -> String {
        var source = Array(markdown.utf8)
        let count = source.count
        source.append(0)
        let options = CMARK_OPT_UNSAFE
        let rendered = source.withUnsafeBufferPointer { buffer -> UnsafeMutablePointer<CChar>? in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_markdown_to_html($0, count, options)
                }
            }
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Copies a C string owned by cmark (nil → empty).
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
