/// Reads delimited text (CSV, TSV) into a `DataTable`.
///
/// RFC 4180 quoting: fields in double quotes may hold the delimiter, line
/// breaks and doubled quotes (`""`). A UTF-8 byte-order mark is skipped; LF and
/// CRLF line endings are accepted; a final empty line is ignored. The first
/// row is the header. A column whose every non-empty cell parses as a number is
/// numeric (empty cells become NaN); any other column is text.
public enum CSVReader {
    /// Parses `bytes` (the file's contents) named `file` for messages.
    /// - Throws: `DataError` for non-UTF-8 bytes, an empty file, an unterminated
    ///   quote, rows whose field count differs from the header's, or duplicate headers.
    public static func read(_ bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> DataTable {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw DataError(file: file, line: firstInvalidLine(body), "the file is not valid UTF-8 text")
        }
        let records = try split(Array(text.utf8), file: file, delimiter: delimiter)
        guard let header = records.first, !(header.fields.count == 1 && header.fields[0].isEmpty) else {
            throw DataError(file: file, "the file is empty: expected a header row")
        }
        var seen = Set<String>()
        for name in header.fields where !seen.insert(name).inserted {
            throw DataError(file: file, line: header.line, "the header names column '\(name)' twice")
        }
        let rows = records.dropFirst()
        for row in rows where row.fields.count != header.fields.count {
            throw DataError(file: file, line: row.line,
                            "row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), the header has \(header.fields.count)")
        }
        let columns = header.fields.enumerated().map { j, name in
            Column(name: name, values: inferValues(rows.map { $0.fields[j] }))
        }
        return DataTable(columns: columns, rowCount: rows.count)
    }

    /// Turns raw cells into numbers when every non-empty cell is numeric.
    static func inferValues(_ cells: [String]) -> ColumnValues {
        var numbers: [Double] = []
        numbers.reserveCapacity(cells.count)
        var sawNumber = false
        for cell in cells {
            let trimmed = cell.trimmingSpaces
            if trimmed.isEmpty { numbers.append(.nan); continue }
            guard let x = Double(trimmed) else { return .texts(cells) }
            sawNumber = true
            numbers.append(x)
        }
        return sawNumber ? .numbers(numbers) : .texts(cells)
    }

    private struct Record {
        var fields: [String]
        var line: Int
    }

    private static func split(_ bytes: [UInt8], file: String, delimiter: UInt8) throws -> [Record] {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var i = 0
        var inQuotes = false, quoteLine = 0
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        func endRecord() {
            endField()
            records.append(Record(fields: fields, line: recordLine))
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == lf { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case quote where field.isEmpty:
                inQuotes = true
                quoteLine = line
            case delimiter:
                endField()
            case cr where i + 1 < bytes.count && bytes[i + 1] == lf:
                break
            case lf:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw DataError(file: file, line: quoteLine, "a quoted field opened on this line is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var start = bytes.startIndex
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
