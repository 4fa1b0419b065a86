/// Splits the grading options (`points=`, `partial=`, `message=`, `visibility=`,
/// `name=`) off a key line, leaving a directive the language checker knows.
///
/// Tokens are separated by blanks outside double quotes; `#` outside quotes
/// starts a comment, which is dropped.
struct GradingOptionText {
    static let keys: Set<String> = ["points", "partial", "message", "visibility", "name"]

    /// The line without grading options or comment.
    var remainder: String
    /// Grading options by key, quotes removed.
    var options: [String: String]
    /// The other `key=value` tokens, as written (they change what is measured).
    var measureOptions: [String]

    init(_ line: String) {
        var tokens: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        for ch in line {
            if inQuotes {
                current.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inQuotes = false }
                continue
            }
            if ch == "#" { break }
            if ch == " " || ch == "\t" {
                if !current.isEmpty { tokens.append(current); current = "" }
                continue
            }
            if ch == "\"" { inQuotes = true }
            current.append(ch)
        }
        if !current.isEmpty { tokens.append(current) }
        var kept: [String] = []
        var options: [String: String] = [:]
        var measure: [String] = []
        for token in tokens {
            if let eq = token.firstIndex(of: "="), eq != token.startIndex,
               !token[..<eq].contains("<"), !token[..<eq].contains(">"), !token[..<eq].contains("!") {
                let key = String(token[..<eq])
                let value = String(token[token.index(after: eq)...])
                if Self.keys.contains(key) {
                    options[key] = Self.unquote(value)
                    continue
                }
                measure.append(token)
            }
            kept.append(token)
        }
        remainder = kept.joined(separator: " ")
        self.options = options
        measureOptions = measure.sorted()
    }

    static func unquote(_ text: String) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return text }
        var out = ""
        var escaped = false
        for ch in text.dropFirst().dropLast() {
            if escaped { out.append(ch); escaped = false } else if ch == "\\" { escaped = true } else { out.append(ch) }
        }
        return out
    }
}
