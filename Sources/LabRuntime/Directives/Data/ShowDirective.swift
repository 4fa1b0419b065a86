import LabCore

/// `show DATA [rows=N]`: shape, columns, class counts and the first rows.
enum ShowDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("data").first else { throw inv.failure("show needs a dataset") }
        let dataset = try ctx.dataset(path, in: inv, at: part)
        let rows = try inv.int("rows") ?? 5
        guard rows >= 0 else { throw inv.failure("rows must be 0 or more", at: inv.option("rows")) }
        var outputs: [Output] = [.text(summary(dataset))]
        if !dataset.splits.isEmpty { outputs.append(.table(splitTable(dataset))) }
        if let counts = classCounts(dataset) { outputs.append(.table(counts)) }
        if rows > 0 { outputs.append(.table(firstRows(dataset, count: rows))) }
        return outputs
    }

    /// One line: name, rows × columns, features and target.
    static func summary(_ d: Dataset) -> String {
        var parts = ["`\(d.name)`: \(d.rowCount) rows × \(d.table.columns.count) columns"]
        if let computed = d.featureOverride {
            let kind: String
            switch computed {
            case .sparse: kind = "sparse"
            case .dense: kind = "dense"
            }
            parts.append("\(computed.columns) computed \(kind) features")
        } else if !d.featureNames.isEmpty {
            parts.append("\(d.featureNames.count) numeric feature\(d.featureNames.count == 1 ? "" : "s")")
        }
        if let text = d.textColumn { parts.append("text column `\(text)`") }
        if let target = d.targetColumn { parts.append("target `\(target)`") }
        var line = parts.joined(separator: ", ")
        if !d.splits.isEmpty {
            line += "; splits " + d.splits.map { "`\(d.name).\($0.name)` (\($0.dataset.rowCount))" }.joined(separator: ", ")
        }
        return line + "."
    }

    static func splitTable(_ d: Dataset) -> ResultTable {
        ResultTable(caption: "Splits of \(d.name)", header: ["split", "rows", "share"],
                    rows: d.splits.map { [$0.name, String($0.dataset.rowCount),
                                          NumberText.fixed(Double($0.dataset.rowCount) / Double(max(d.rowCount, 1)), digits: 3)] })
    }

    /// Rows per class, with the share of each; nil for regression targets.
    static func classCounts(_ d: Dataset) -> ResultTable? {
        guard d.targetColumn != nil, !d.classKeys.isEmpty, d.classKeys.count <= 50,
              let codes = try? d.targetCodes() else { return nil }
        var counts = Array(repeating: 0, count: d.classKeys.count)
        for c in codes { counts[c] += 1 }
        let showKey = d.classNames != d.classKeys
        let header = showKey ? ["class", "value", "rows", "share"] : ["class", "rows", "share"]
        let rows = counts.indices.map { k -> [String] in
            let share = NumberText.fixed(Double(counts[k]) / Double(max(codes.count, 1)), digits: 3)
            return showKey ? [d.classNames[k], d.classKeys[k], String(counts[k]), share]
                           : [d.classNames[k], String(counts[k]), share]
        }
        return ResultTable(caption: "Class counts in \(d.name)", header: header, rows: rows)
    }

    /// The first rows; wide tables show their first and last columns around an ellipsis.
    static func firstRows(_ d: Dataset, count: Int) -> ResultTable {
        let columns = d.table.columns
        var shown = Array(columns.indices)
        var gap: Int? = nil
        if columns.count > 8 {
            shown = Array(0..<5) + Array((columns.count - 2)..<columns.count)
            gap = 5
        }
        var header = shown.map { columns[$0].name }
        if let gap { header.insert("…", at: gap) }
        let n = min(count, d.rowCount)
        let rows = (0..<n).map { i -> [String] in
            var cells = shown.map { j -> String in
                var text = columns[j].values.text(at: i)
                if case .numbers(let v) = columns[j].values { text = NumberText.compact(v[i]) }
                return text.count > 80 ? String(text.prefix(79)) + "…" : text
            }
            if let gap { cells.insert("…", at: gap) }
            return cells
        }
        var table = ResultTable(caption: "First \(n) rows of \(d.name)", header: header, rows: rows)
        table.alignments = shown.map { j in
            if case .numbers = columns[j].values { return .right }
            return .left
        }
        if let gap { table.alignments.insert(.left, at: gap) }
        return table
    }
}
