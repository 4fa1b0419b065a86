/// A JSON value with ordered object keys and deterministic, full-precision output.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// An array of numbers.
    public static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }

    /// Compact JSON text. Numbers print in shortest round-trip form (integers
    /// without a fraction); NaN and infinities as the strings `"nan"`, `"inf"`, `"-inf"`.
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// JSON text with `indent` spaces per level, but arrays of scalars kept on one line.
    public func pretty(indent: Int = 1) -> String {
        var out = ""
        write(to: &out, indent: indent, level: 0)
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private func write(to out: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let x): out += JSONValue.format(x)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if indent == nil || items.allSatisfy(\.isScalar) {
                out += "["
                for (k, item) in items.enumerated() {
                    if k > 0 { out += indent == nil ? "," : ", " }
                    item.write(to: &out, indent: indent, level: level + 1)
                }
                out += "]"
            } else {
                writeBlock(items.map { (nil, $0) }, open: "[", close: "]", to: &out, indent: indent!, level: level)
            }
        case .object(let pairs):
            if let indent {
                writeBlock(pairs.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, indent: indent, level: level)
            } else {
                out += "{"
                for (k, pair) in pairs.enumerated() {
                    if k > 0 { out += "," }
                    JSONValue.quote(pair.0, into: &out)
                    out += ":"
                    pair.1.write(to: &out, indent: nil, level: level + 1)
                }
                out += "}"
            }
        }
    }

    private func writeBlock(_ items: [(String?, JSONValue)], open: String, close: String,
                            to out: inout String, indent: Int, level: Int) {
        if items.isEmpty { out += open + close; return }
        let pad = String(repeating: " ", count: indent * (level + 1))
        out += open + "\n"
        for (k, item) in items.enumerated() {
            out += pad
            if let key = item.0 { JSONValue.quote(key, into: &out); out += ": " }
            item.1.write(to: &out, indent: indent, level: level + 1)
            out += k + 1 < items.count ? ",\n" : "\n"
        }
        out += String(repeating: " ", count: indent * level) + close
    }

    static func format(_ x: Double) -> String {
        if x.isNaN { return "\"nan\"" }
        if x.isInfinite { return x > 0 ? "\"inf\"" : "\"-inf\"" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
