/// Line-by-line comparison of two texts: words exactly, numbers with a tolerance;
/// the cells of wall-clock columns of pipe tables are not compared (`TimingCells`).
public enum TextComparison {
    /// The first `limit` differing lines of `actual` against `expected`, each
    /// placed by `context(line)` (1-based line of the committed text).
    ///
    /// Lines are paired in order; when the counts differ, the extra or missing
    /// lines are reported as such after the common part.
    public static func compare(actual: String, expected: String, file: String, tolerance: Tolerance,
                               numbersInWords: Bool = false, limit: Int = 20,
                               context: (Int) -> String) -> [Difference] {
        let a = lines(actual)
        let e = lines(expected)
        let timingRows = TimingCells.rows(in: e)
        var out: [Difference] = []
        for k in 0..<min(a.count, e.count) where out.count < limit {
            if a[k] == e[k] { continue }
            if let timing = timingRows[k] {
                // Wall-clock cells are reported, never compared (README: results contract).
                if TimingCells.rowsMatch(a[k], e[k], timing: timing, tolerance: tolerance, numbersInWords: numbersInWords) { continue }
            } else if NumberedText(a[k], numbersInWords: numbersInWords)
                .matches(NumberedText(e[k], numbersInWords: numbersInWords), tolerance: tolerance) { continue }
            out.append(Difference(file: file, line: k + 1, context: context(k + 1),
                                  expected: String(e[k]), actual: String(a[k])))
        }
        if a.count != e.count, out.count < limit {
            let k = min(a.count, e.count)
            let line = k + 1
            out.append(Difference(file: file, line: line, context: context(min(line, max(e.count, 1))),
                                  expected: k < e.count ? String(e[k]) : "(end of file after \(e.count) lines)",
                                  actual: k < a.count ? String(a[k]) : "(end of file after \(a.count) lines)"))
        }
        return out
    }

    /// Lines split on LF bytes (a CRLF pair is one `Character`, so split bytes), CR dropped.
    static func lines(_ text: String) -> [Substring] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes in
            let line = String(decoding: bytes, as: UTF8.self)
            return Substring(line.hasSuffix("\r") ? String(line.utf8.dropLast()) ?? line : line)
        }
    }
}
