import Foundation

/// Reads a dataset from a file or a folder of split files.
public enum DatasetLoader {
    /// Names of split files recognised in a dataset folder, in the order they become splits.
    public static let splitNames = ["train", "validation", "test"]

    /// Loads `url` (a `.csv` / `.tsv` / `.jsonl` file, or a folder holding
    /// `train`, `validation`, `test` files of one of those formats).
    /// - Parameters:
    ///   - name: the name the dataset is bound to.
    ///   - target: target column; default `target` or `label` when present.
    ///   - text: text column; default `text` when present and textual.
    ///   - confinement: every file is read through it (a split file linking outside the roots is refused);
    ///     by default the file's own folder (or the dataset folder).
    /// - Throws: `DataError` for unreadable or refused files, unknown columns, or a folder without split files.
    public static func load(_ url: URL, name: String, target: String?, text: String?,
                            confinement: FileConfinement? = nil) throws -> Dataset {
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            return try loadFolder(url, name: name, target: target, text: text, confinement: confinement ?? .directory(url))
        }
        let table = try readTable(url, confinement: confinement ?? .directory(url.deletingLastPathComponent()))
        return try makeDataset(table, name: name, target: target, text: text, file: url.lastPathComponent)
    }

    /// Reads one data file by its extension.
    public static func readTable(_ url: URL, confinement: FileConfinement) throws -> DataTable {
        let file = url.lastPathComponent
        let data: [UInt8]
        do { data = try confinement.read(url) } catch let error as FileAccessError {
            throw DataError(error.description)
        }
        switch url.pathExtension.lowercased() {
        case "jsonl", "ndjson": return try JSONLinesReader.read(data, file: file)
        case "tsv", "tab": return try CSVReader.read(data, file: file, delimiter: UInt8(ascii: "\t"))
        case "csv", "txt": return try CSVReader.read(data, file: file)
        default:
            throw DataError(file: file, "unknown data format '.\(url.pathExtension)'; use .csv, .tsv or .jsonl")
        }
    }

    private static func loadFolder(_ url: URL, name: String, target: String?, text: String?,
                                   confinement: FileConfinement) throws -> Dataset {
        var parts: [(String, DataTable)] = []
        for split in splitNames {
            guard let ext = DataLocator.extensions.first(where: {
                FileManager.default.fileExists(atPath: url.appendingPathComponent("\(split).\($0)").path)
            }) else { continue }
            parts.append((split, try readTable(url.appendingPathComponent("\(split).\(ext)"), confinement: confinement)))
        }
        guard let first = parts.first?.1 else {
            throw DataError(file: url.lastPathComponent, "the folder holds no train/validation/test .csv, .tsv or .jsonl files")
        }
        for (split, table) in parts where table.columnNames != first.columnNames {
            throw DataError(file: url.lastPathComponent, "the \(split) split's columns (\(table.columnNames.joined(separator: ", "))) differ from the \(parts[0].0) split's")
        }
        // The whole dataset is the splits one after another; classes come from all of them.
        var columns: [Column] = []
        for (j, column) in first.columns.enumerated() {
            switch column.values {
            case .numbers:
                let all = parts.flatMap { part -> [Double] in
                    if case .numbers(let v) = part.1.columns[j].values { return v }
                    return Array(repeating: .nan, count: part.1.rowCount)
                }
                columns.append(Column(name: column.name, values: .numbers(all)))
            case .texts:
                let all = parts.flatMap { part in (0..<part.1.rowCount).map { part.1.columns[j].values.text(at: $0) } }
                columns.append(Column(name: column.name, values: .texts(all)))
            }
        }
        let whole = DataTable(columns: columns, rowCount: parts.reduce(0) { $0 + $1.1.rowCount })
        var dataset = try makeDataset(whole, name: name, target: target, text: text, file: url.lastPathComponent)
        var start = 0
        var ranges: [(name: String, indices: [Int])] = []
        for (split, table) in parts {
            ranges.append((split, Array(start..<(start + table.rowCount))))
            start += table.rowCount
        }
        dataset.setSplits(ranges)
        dataset.isConcatenationOfSplits = true
        return dataset
    }

    private static func makeDataset(_ table: DataTable, name: String, target: String?, text: String?, file: String) throws -> Dataset {
        let names = table.columnNames
        for column in [target, text].compactMap({ $0 }) where !names.contains(column) {
            throw DataError(file: file, "no column '\(column)'; the columns are \(names.joined(separator: ", "))")
        }
        let targetColumn = target ?? ["target", "label"].first(where: names.contains)
        var textColumn = text
        if textColumn == nil, let column = table.column(named: "text"), case .texts = column.values { textColumn = "text" }
        return Dataset(name: name, table: table, targetColumn: targetColumn, textColumn: textColumn)
    }
}
