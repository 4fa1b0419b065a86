/// Turns a block's outputs into the Markdown body of its output region.
public enum MarkdownRenderer {
    /// How figures appear in the Markdown.
    public enum FigureStyle: Sendable {
        /// `![alt](FOLDER/NAME.svg)`, the SVG written as a file.
        case link(folder: String)
        /// The `<svg>` element inline, wrapped in blank lines.
        case inline
    }

    /// The region body: outputs separated by blank lines, LF line endings.
    public static func render(_ outputs: [Output], figures: FigureStyle) -> String {
        outputs.map { output -> String in
            switch output {
            case .table(let table): return render(table)
            case .figure(let figure):
                switch figures {
                case .link(let folder):
                    return "![\(escapeAlt(figure.altText))](\(linkDestination(folder))/\(linkDestination(figure.name)).svg)"
                case .inline: return figure.svg.trimmingTrailingNewlines
                }
            case .text(let text): return text
            case .warning(let text):
                return ("**Warning:** " + text).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? ">" : "> \($0)" }.joined(separator: "\n")
            case .error(let text):
                let fence = String(repeating: "`", count: max(3, longestBacktickRun(text) + 1))
                return "\(fence)text\n\(text)\n\(fence)"
            }
        }.joined(separator: "\n\n")
    }

    /// A GitHub-flavoured pipe table (with its caption line above, if any).
    public static func render(_ table: ResultTable) -> String {
        var lines: [String] = []
        if let caption = table.caption { lines += ["**\(caption)**", ""] }
        lines.append("| " + table.header.map(escapeCell).joined(separator: " | ") + " |")
        lines.append("|" + table.alignments.map { $0 == .left ? " --- " : " ---: " }.joined(separator: "|") + "|")
        for row in table.rows {
            lines.append("| " + row.map(escapeCell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// A cell's text with pipes escaped and line breaks flattened, so it cannot break the table.
    static func escapeCell(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out.isEmpty ? " " : out
    }

    /// Length of the longest run of backticks, so a code fence around `text` can be longer.
    static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0, run = 0
        for ch in text {
            run = ch == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// A path component as a CommonMark link destination: bytes outside letters, digits
    /// and `-._~` are percent-encoded (`my lab` → `my%20lab`), so spaces, parentheses,
    /// brackets, `<`, `>` and control characters cannot end or break the link, and the
    /// URL still names the same file.
    static func linkDestination(_ component: String) -> String {
        var out = ""
        for byte in component.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let digits = Array("0123456789ABCDEF")
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
            }
        }
        return out
    }

    static func escapeAlt(_ text: String) -> String {
        text.replacingAll(["[": "(", "]": ")", "\n": " ", "\\": "\\\\"])
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }

    func replacingAll(_ map: [Character: String]) -> String {
        var out = ""
        for ch in self { if let r = map[ch] { out += r } else { out.append(ch) } }
        return out
    }
}
