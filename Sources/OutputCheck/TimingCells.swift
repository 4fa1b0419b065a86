/// Wall-clock measures, which differ on every uncached run: reported, never compared.
///
/// The rule (README, results contract): in a pipe table, every column whose header
/// contains the word `seconds` (`seconds`, `seconds per epoch`, case-insensitive);
/// in the results JSON, every field named `seconds` or `seconds_per_epoch`.
enum TimingCells {
    /// Results-JSON fields that hold wall-clock seconds.
    static let fieldNames: Set<String> = ["seconds", "seconds_per_epoch"]

    /// Whether a table header names a wall-clock measure.
    static func isTimingHeader(_ header: Substring) -> Bool {
        header.lowercased().contains("seconds")
    }

    /// For each line of `lines` (0-based) that is a body row of a pipe table with timing
    /// columns, the indices of those columns.
    static func rows(in lines: [Substring]) -> [Int: Set<Int>] {
        var out: [Int: Set<Int>] = [:]
        var k = 0
        while k + 1 < lines.count {
            guard let header = cells(lines[k]), isDelimiterRow(lines[k + 1]) else { k += 1; continue }
            let timing = Set(header.indices.filter { isTimingHeader(header[$0]) })
            var row = k + 2
            while row < lines.count, cells(lines[row]) != nil {
                if !timing.isEmpty { out[row] = timing }
                row += 1
            }
            k = row
        }
        return out
    }

    /// Whether two rows of the same table match once the cells in `timing` are left out:
    /// the same number of cells, and every other cell the same (numbers within the tolerance).
    static func rowsMatch(_ actual: Substring, _ expected: Substring, timing: Set<Int>,
                          tolerance: Tolerance, numbersInWords: Bool) -> Bool {
        guard let a = cells(actual), let e = cells(expected), a.count == e.count else { return false }
        for k in a.indices where !timing.contains(k) && a[k] != e[k] {
            guard NumberedText(a[k], numbersInWords: numbersInWords)
                .matches(NumberedText(e[k], numbersInWords: numbersInWords), tolerance: tolerance) else { return false }
        }
        return true
    }

    /// The trimmed cells of a pipe-table line (`| a | b |`), or nil for any other line.
    /// A `\|` inside a cell is part of the cell.
    static func cells(_ line: Substring) -> [Substring]? {
        let trimmed = line.trimmingSpaces
        guard trimmed.count >= 2, trimmed.first == "|", trimmed.last == "|" else { return nil }
        var cells: [Substring] = []
        var start = trimmed.index(after: trimmed.startIndex)
        var k = start
        var escaped = false
        while k < trimmed.endIndex {
            let c = trimmed[k]
            if c == "|" && !escaped {
                cells.append(trimmed[start..<k].trimmingSpaces)
                start = trimmed.index(after: k)
            }
            escaped = c == "\\" && !escaped
            k = trimmed.index(after: k)
        }
        return cells
    }

    /// `| --- | ---: |`: the line under a table header.
    static func isDelimiterRow(_ line: Substring) -> Bool {
        guard let cells = cells(line), !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            !cell.isEmpty && cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" }
        }
    }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
