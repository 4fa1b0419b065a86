extension FrontMatter {
    /// Reads the front matter at the top of `lines`, or nil when the file has none.
    ///
    /// - Throws: `NotebookError` for a top-level or `params:` line that is not
    ///   `key: value`, or a parameter declared twice.
    static func parse(_ lines: SourceLines, path: String) throws -> FrontMatter? {
        guard lines.count >= 2, lines.text(1).trimmingBlanks() == "---" else { return nil }
        guard let end = (2...lines.count).first(where: {
            let text = lines.text($0).trimmingBlanks()
            return text == "---" || text == "..."
        }) else { return nil }

        var title: String?
        var params: [(String, String)] = []
        var fields: [(String, String)] = []
        var entries: [Entry] = []
        var inParams = false
        var section: String?
        for number in stride(from: 2, to: end, by: 1) {
            let text = lines.text(number)
            let body = text.trimmingBlanks()
            if body.isEmpty || body.hasPrefix("#") { continue }
            let indented = text.first == " " || text.first == "\t"
            let column = text.utf8.count - text.drop(while: { $0 == " " || $0 == "\t" }).utf8.count + 1
            guard let (key, value) = keyValue(body) else {
                if indented && !inParams { continue }
                throw NotebookError(path: path, line: number, column: column,
                                    message: "front matter line must be 'key: value' (e.g. 'title: My lab' or, under 'params:', '  seed: 0'); if the '---' on line 1 is a horizontal rule, not front matter, put a line of text before it")
            }
            if indented {
                guard inParams else {
                    if let section {
                        let valueColumn = Self.valueColumn(of: body, startingAt: column)
                        entries.append(Entry(section: section, name: key, value: value, line: number, column: column,
                                             valueColumn: valueColumn))
                    }
                    continue
                }
                if params.contains(where: { $0.0 == key }) {
                    throw NotebookError(path: path, line: number, column: column,
                                        message: "parameter '\(key)' is declared twice in the front matter; keep one")
                }
                params.append((key, value))
            } else if key == "params" && value.isEmpty {
                inParams = true
            } else {
                inParams = false
                section = key
                if key == "title" { title = value } else { fields.append((key, value)) }
            }
        }
        return FrontMatter(title: title, params: params, fields: fields, entries: entries, endLine: end)
    }

    /// The 1-based column where the value of `name: value` starts, `body` starting at `column`.
    private static func valueColumn(of body: String, startingAt column: Int) -> Int {
        guard let colon = body.firstIndex(of: ":") else { return column }
        let after = body[body.index(after: colon)...]
        let blanks = after.prefix { $0 == " " || $0 == "\t" }
        return column + body[..<colon].utf8.count + 1 + blanks.utf8.count
    }

    /// Splits `name: value`; nil when there is no colon or the name is empty.
    private static func keyValue(_ body: String) -> (String, String)? {
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let key = body[..<colon].trimmingBlanks()
        guard !key.isEmpty else { return nil }
        return (key, unquoted(body[body.index(after: colon)...].trimmingBlanks()))
    }

    /// Removes matching surrounding quotes, or a trailing ` # comment` from an unquoted value.
    private static func unquoted(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        if let hash = value.firstRange(of: " #") { return value[..<hash.lowerBound].trimmingBlanks() }
        return value
    }
}
