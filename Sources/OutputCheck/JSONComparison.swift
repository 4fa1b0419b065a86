import Foundation

/// Structural comparison of two results documents: same keys and shapes,
/// strings and booleans exactly, numbers with a tolerance; wall-clock fields
/// (`seconds`, `seconds_per_epoch`) are present on both sides but not compared.
public enum JSONComparison {
    /// Differences of `actual` against `expected` (both JSON text), at most `limit`.
    /// Records of the results contract are named by line, directive, model, data and metric.
    public static func compare(actual: String, expected: String, file: String, tolerance: Tolerance,
                               limit: Int = 20) -> [Difference] {
        let parsedActual = parse(actual)
        let parsedExpected = parse(expected)
        guard let a = parsedActual, let e = parsedExpected else {
            return [Difference(file: file, line: 0, context: "the whole file",
                               expected: parsedExpected == nil ? "(not valid JSON)" : "valid JSON",
                               actual: parsedActual == nil ? "(not valid JSON)" : "valid JSON")]
        }
        var out: [Difference] = []
        walk(a, e, path: "", file: file, tolerance: tolerance, into: &out, limit: limit)
        return out
    }

    static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    private static func walk(_ a: Any, _ e: Any, path: String, file: String, tolerance: Tolerance,
                             into out: inout [Difference], limit: Int) {
        guard out.count < limit else { return }
        func differ(_ what: String, _ expected: String, _ actual: String) {
            out.append(Difference(file: file, line: 0, context: what.isEmpty ? path : "\(path) (\(what))",
                                  expected: expected, actual: actual))
        }
        switch (a, e) {
        case (let x as [String: Any], let y as [String: Any]):
            let keysX = Set(x.keys), keysY = Set(y.keys)
            if keysX != keysY {
                differ("keys", keysY.sorted().joined(separator: ", "), keysX.sorted().joined(separator: ", "))
                return
            }
            // Wall-clock fields are reported, never compared (README: results contract).
            for key in y.keys.sorted() where !TimingCells.fieldNames.contains(key) {
                walk(x[key]!, y[key]!, path: path + "." + key, file: file, tolerance: tolerance, into: &out, limit: limit)
            }
        case (let x as [Any], let y as [Any]):
            if x.count != y.count { differ("length", "\(y.count) items", "\(x.count) items"); return }
            for k in 0..<x.count {
                let name = recordName(y[k]).map { "\(path)[\(k)] \($0)" } ?? "\(path)[\(k)]"
                walk(x[k], y[k], path: name, file: file, tolerance: tolerance, into: &out, limit: limit)
            }
        case (let x as String, let y as String):
            if x != y { differ("", "\"\(y)\"", "\"\(x)\"") }
        case (let x as NSNumber, let y as NSNumber):
            if !tolerance.matches(x.doubleValue, y.doubleValue) { differ("", "\(y)", "\(x)") }
        case (is NSNull, is NSNull):
            return
        default:
            differ("type", describe(e), describe(a))
        }
    }

    /// `{line 12 evaluate tree on digits.test accuracy}` for a results record.
    private static func recordName(_ value: Any) -> String? {
        guard let record = value as? [String: Any], let line = record["line"] as? NSNumber,
              let directive = record["directive"] as? String else { return nil }
        var words = ["line \(line)", directive]
        if let model = record["model"] as? String { words.append(model) }
        if let data = record["data"] as? String { words.append("on \(data)") }
        if let metric = record["metric"] as? String { words.append(metric) }
        return "{" + words.joined(separator: " ") + "}"
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is [String: Any]: return "an object"
        case is [Any]: return "an array"
        case let s as String: return "\"\(s)\""
        case let n as NSNumber: return "\(n)"
        default: return "null"
        }
    }
}
