import Foundation

/// Reads JSON Lines (one JSON object per line, the Hugging Face `datasets`
/// export layout) into a `DataTable`.
///
/// Columns are the union of the objects' keys, in order of first appearance.
/// A column whose values are all numbers (or booleans, read as 0/1) is numeric;
/// otherwise text. A missing key or `null` is NaN in a numeric column and the
/// empty string in a text column. Blank lines are skipped.
public enum JSONLinesReader {
    /// Parses `bytes` named `file` for messages.
    /// - Throws: `DataError` for non-UTF-8 bytes, a line that is not a JSON
    ///   object, or a file without any object.
    public static func read(_ bytes: [UInt8], file: String) throws -> DataTable {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard String(validating: body, as: UTF8.self) != nil else {
            throw DataError(file: file, line: CSVReader.firstInvalidLine(body), "the file is not valid UTF-8 text")
        }
        var names: [String] = []
        var index: [String: Int] = [:]
        var objects: [[String: Any]] = []
        var lineNumber = 0
        for rawLine in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
            } catch {
                throw DataError(file: file, line: lineNumber, "this line is not valid JSON")
            }
            guard let object = parsed as? [String: Any] else {
                throw DataError(file: file, line: lineNumber, "expected a JSON object ({...}) on each line")
            }
            for key in object.keys.sorted() where index[key] == nil {
                index[key] = names.count
                names.append(key)
            }
            objects.append(object)
        }
        guard !objects.isEmpty else { throw DataError(file: file, "the file holds no JSON objects") }
        let columns = names.map { name in Column(name: name, values: values(of: name, in: objects)) }
        return DataTable(columns: columns, rowCount: objects.count)
    }

    private static func values(of key: String, in objects: [[String: Any]]) -> ColumnValues {
        var numbers: [Double] = []
        numbers.reserveCapacity(objects.count)
        var numeric = true
        for object in objects {
            switch object[key] {
            case nil, is NSNull: numbers.append(.nan)
            case let n as NSNumber where !(n is String): numbers.append(n.doubleValue)
            default: numeric = false
            }
            if !numeric { break }
        }
        if numeric { return .numbers(numbers) }
        return .texts(objects.map { object in
            switch object[key] {
            case nil, is NSNull: return ""
            case let s as String: return s
            case let n as NSNumber: return NumberText.shortest(n.doubleValue)
            case let other?:
                let data = try? JSONSerialization.data(withJSONObject: other, options: [.sortedKeys])
                return data.map { String(decoding: $0, as: UTF8.self) } ?? ""
            }
        })
    }
}
