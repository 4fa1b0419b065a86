/// Finds `` `{lab} …` `` code spans in the prose lines cmark reports as paragraphs and headings.
enum InlineValueScanner {
    /// The inline values of the given paragraph lines, in order.
    ///
    /// A code span opens with a run of backticks and closes with the next run of the
    /// same length on the same line (CommonMark's rule, one line at a time).
    static func scan(_ lines: SourceLines, lineNumbers: [Int]) -> [InlineValue] {
        var found: [InlineValue] = []
        for number in lineNumbers {
            let bytes = Array(lines.content(number))
            let text = String(decoding: bytes, as: UTF8.self)
            var i = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "`") else { i += 1; continue }
                let open = run(bytes, from: i)
                var j = i + open
                var close: Int? = nil
                while j < bytes.count {
                    if bytes[j] == UInt8(ascii: "`") {
                        let length = run(bytes, from: j)
                        if length == open { close = j; break }
                        j += length
                    } else {
                        j += 1
                    }
                }
                guard let closing = close else { i += open; continue }
                var start = i + open, end = closing
                if end - start >= 2, bytes[start] == 0x20, bytes[end - 1] == 0x20 { start += 1; end -= 1 }
                let prefix = Array("{lab} ".utf8)
                if end - start > prefix.count, Array(bytes[start..<start + prefix.count]) == prefix {
                    let body = Array(bytes[(start + prefix.count)..<end])
                    var expression = body
                    var format: String? = nil
                    if let colon = body.lastIndex(of: UInt8(ascii: ":")), isFormat(Array(body[(colon + 1)...])) {
                        expression = Array(body[..<colon])
                        format = String(decoding: body[(colon + 1)...], as: UTF8.self)
                    }
                    let spanEnd = closing + open
                    let valueLength = existingValue(bytes, from: spanEnd)
                    found.append(InlineValue(
                        index: found.count, line: number, column: i + 1, spanLength: spanEnd - i, valueLength: valueLength,
                        expression: String(decoding: expression, as: UTF8.self).trimmingBlanks(),
                        expressionColumn: start + prefix.count + 1, format: format, lineText: text))
                }
                i = closing + open
            }
        }
        return found
    }

    /// The length of the backtick run at `index`.
    static func run(_ bytes: [UInt8], from index: Int) -> Int {
        var k = index
        while k < bytes.count, bytes[k] == UInt8(ascii: "`") { k += 1 }
        return k - index
    }

    /// `.1%`, `.3f`, `.2`, `%`, `f`: an optional precision, then an optional `%` or `f`.
    static func isFormat(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return false }
        var k = 0
        if bytes[k] == UInt8(ascii: ".") {
            k += 1
            let digits = k
            while k < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[k]) { k += 1 }
            if k == digits { return false }
        }
        if k < bytes.count, bytes[k] == UInt8(ascii: "%") || bytes[k] == UInt8(ascii: "f") { k += 1 }
        return k == bytes.count && k > 0
    }

    /// The length of `<!--lab:value-->…<!--/lab:value-->` starting at `index`, or 0.
    static func existingValue(_ bytes: [UInt8], from index: Int) -> Int {
        let opening = Array(InlineValue.openingMarker.utf8), closing = Array(InlineValue.closingMarker.utf8)
        guard index + opening.count <= bytes.count, Array(bytes[index..<index + opening.count]) == opening else { return 0 }
        var k = index + opening.count
        while k + closing.count <= bytes.count {
            if Array(bytes[k..<k + closing.count]) == closing { return k + closing.count - index }
            k += 1
        }
        return 0
    }
}
