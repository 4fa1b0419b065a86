extension HTMLPage {
    /// Markdown with every GitHub pipe table in the prose (header row, delimiter row,
    /// body rows, outside fenced code) replaced by an HTML table, since cmark without
    /// its GFM extensions leaves them as paragraphs of pipes.
    static func convertingPipeTables(_ markdown: String) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var fence: String?
        var k = 0
        while k < lines.count {
            let line = lines[k]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                out.append(line); k += 1; continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                out.append(line); k += 1; continue
            }
            if trimmed.hasPrefix("|"), k + 1 < lines.count, isDelimiterRow(lines[k + 1]) {
                let header = cells(trimmed)
                let right = cells(lines[k + 1].trimmingCharacters(in: .whitespaces)).map { $0.hasSuffix(":") && !$0.hasPrefix(":") }
                var rows: [[String]] = []
                k += 2
                while k < lines.count, lines[k].trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                    rows.append(cells(lines[k].trimmingCharacters(in: .whitespaces)))
                    k += 1
                }
                let table = ResultTable(header: header, rows: rows, alignments: header.indices.map { $0 < right.count && right[$0] ? .right : .left })
                out += ["", render(table), ""]
                continue
            }
            out.append(line)
            k += 1
        }
        return out.joined(separator: "\n")
    }

    private static func isDelimiterRow(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("|"), trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { "|-: ".contains($0) }
    }

    /// The cells of `| a | b |`, with `\|` kept as a pipe inside a cell.
    private static func cells(_ row: String) -> [String] {
        var body = Substring(row)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|"), !body.hasSuffix("\\|") { body = body.dropLast() }
        var cells: [String] = [], current = "", escaped = false
        for c in body {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "|" { cells.append(current.trimmingCharacters(in: .whitespaces)); current = ""; continue }
            current.append(c)
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}
