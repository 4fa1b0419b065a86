import LabScript
import Notebook

/// The work limits a grading key sets in its front matter, by the names of
/// ``WorkLimits/Bound`` (`trees`, `epochs`, `depth`, …), one indented line each:
///
/// ```
/// ---
/// title: Lab 1
/// limits:
///   trees: 10
///   epochs: 3
/// ---
/// ```
///
/// Each replaces the top of the ranges that run up to that bound, tighter or
/// looser than the defaults; the rest keep ``WorkLimits/standard``. Every
/// submission is checked and run under them (the run process reads them from
/// the key), so an option beyond a bound is the usual located range error.
enum KeyWorkLimits {
    /// The front-matter key that holds the limits.
    static let section = "limits"
    /// The largest value a limit may take (far above every default; keeps conversions exact).
    static let ceiling = 1_000_000_000

    /// The limits of `frontMatter`, or the located errors (`key.md:LINE:COL: error: …`) of its `limits:` lines.
    static func parse(_ frontMatter: FrontMatter?, path: String) -> (limits: WorkLimits, errors: [String]) {
        var limits = WorkLimits.standard
        var errors: [String] = []
        guard let frontMatter else { return (limits, errors) }
        let names = WorkLimits.Bound.allCases.map(\.rawValue)
        if let written = frontMatter.fields.first(where: { $0.0 == section })?.1, !written.isEmpty {
            errors.append("\(path): error: '\(section):' takes indented 'NAME: VALUE' lines (e.g. '  trees: 10'), got '\(written)'")
        }
        var seen: [String: Int] = [:]
        for entry in frontMatter.entries where entry.section == section {
            let at = "\(path):\(entry.line):"
            guard let bound = WorkLimits.Bound(rawValue: entry.name) else {
                let hint = suggestion(for: entry.name, among: names).map { "; did you mean '\($0)'?" } ?? ""
                errors.append("\(at)\(entry.column): error: unknown work limit '\(entry.name)' (valid limits: \(names.joined(separator: ", ")))\(hint)")
                continue
            }
            if let earlier = seen[entry.name] {
                errors.append("\(at)\(entry.column): error: work limit '\(entry.name)' is given twice (first at line \(earlier))")
                continue
            }
            seen[entry.name] = entry.line
            guard entry.value.count <= 12, entry.value.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(entry.value), value >= 1, value <= ceiling else {
                errors.append("\(at)\(entry.valueColumn): error: work limit '\(entry.name)' needs a whole number in 1...\(ceiling), got '\(entry.value)'")
                continue
            }
            limits.setMaximum(bound, to: value)
        }
        return (limits, errors)
    }
}
