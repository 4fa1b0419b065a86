/// Python's `str.lower()`, which scikit-learn's `lowercase=True` applies.
///
/// Full Unicode lowercase mapping per scalar (`İ` → `i̇`), plus the one context rule
/// Python implements: a capital sigma at the end of a word becomes final sigma `ς`
/// (preceded by a cased letter and not followed by one, case-ignorable scalars skipped).
enum PythonCase {
    /// Lowercases `text` as Python 3 does.
    static func lower(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        if scalars.allSatisfy({ $0.value < 0x80 }) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            if s.value < 0x80 {
                out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value | 0x20)! : s)
            } else if s.value == 0x3A3 {
                out.append(isFinalSigma(scalars, at: i) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Unicode's Final_Sigma condition at index `i`.
    static func isFinalSigma(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && scalars[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && scalars[j].properties.isCased else { return false }
        var k = i + 1
        while k < scalars.count && scalars[k].properties.isCaseIgnorable { k += 1 }
        return !(k < scalars.count && scalars[k].properties.isCased)
    }
}
