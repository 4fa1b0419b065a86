/// A minimal order-preserving JSON value for reading the golden files.
///
/// Foundation's parser loses key order and blurs booleans with numbers, both of which
/// matter here (label types, report keys), so the tests read JSON with this instead.
indirect enum GoldenJSON: Equatable {
    case null
    case bool(Bool)
    /// A number with its source text (to tell integers from floats).
    case number(Double, String)
    case string(String)
    case array([GoldenJSON])
    case object([(String, GoldenJSON)])

    static func == (lhs: GoldenJSON, rhs: GoldenJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a, _), .number(b, _)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: return false
        }
    }

    /// The member `key` of an object, or `nil`.
    subscript(key: String) -> GoldenJSON? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    /// The members of an object (empty otherwise).
    var members: [(String, GoldenJSON)] {
        if case .object(let members) = self { return members }
        return []
    }

    /// The elements of an array (empty otherwise).
    var elements: [GoldenJSON] {
        if case .array(let elements) = self { return elements }
        return []
    }

    /// A number, or one of the strings "nan", "inf", "-inf".
    var double: Double? {
        switch self {
        case .number(let value, _): return value
        case .string("nan"): return .nan
        case .string("inf"): return .infinity
        case .string("-inf"): return -.infinity
        default: return nil
        }
    }

    /// The text of a string value.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// An integral number.
    var int: Int? {
        if case .number(let value, _) = self, value == value.rounded(), abs(value) < 1e15 { return Int(value) }
        return nil
    }

    /// The error message when this output is `{"error": "..."}`.
    var errorMessage: String? { self["error"]?.string }

    /// Compact JSON-like text for failure messages.
    var compact: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return "\(value)"
        case .number(_, let text): return text
        case .string(let text): return "\"\(text)\""
        case .array(let elements): return "[" + elements.map(\.compact).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.map { "\"\($0.0)\": \($0.1.compact)" }.joined(separator: ", ") + "}"
        }
    }

    /// Python's `str()` of a scalar label (the key `classification_report` uses).
    var pythonString: String {
        switch self {
        case .bool(let value): return value ? "True" : "False"
        case .number(_, let text): return text
        case .string(let text): return text
        case .null: return "None"
        default: return compact
        }
    }
}

/// Errors reading a golden file.
struct GoldenJSONError: Error, CustomStringConvertible {
    let description: String
}

/// Recursive-descent parser over UTF-8 bytes.
struct GoldenJSONParser {
    private let bytes: [UInt8]
    private var index = 0

    /// Parses a whole document.
    static func parse(_ text: String) throws -> GoldenJSON {
        var parser = GoldenJSONParser(bytes: Array(text.utf8))
        let value = try parser.value()
        parser.skipSpace()
        if parser.index != parser.bytes.count { throw parser.error("trailing characters") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ message: String) -> GoldenJSONError {
        GoldenJSONError(description: "JSON: \(message) at byte \(index)")
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        let expected = Array(literal.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index ..< index + expected.count]) == expected
        else { throw error("expected \(literal)") }
        index += expected.count
    }

    private mutating func value() throws -> GoldenJSON {
        skipSpace()
        guard index < bytes.count else { throw error("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [(String, GoldenJSON)] = []
            skipSpace()
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(":")
                members.append((key, try value()))
                skipSpace()
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                try expect("}")
                return .object(members)
            }
        case UInt8(ascii: "["):
            index += 1
            var elements: [GoldenJSON] = []
            skipSpace()
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            while true {
                elements.append(try value())
                skipSpace()
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                try expect("]")
                return .array(elements)
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default:
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start ..< index], as: UTF8.self)
            guard let number = Double(text) else { throw error("bad number \(text)") }
            return .number(number, text)
        }
    }

    private mutating func string() throws -> String {
        try expect("\"")
        var scalars: [UInt8] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 1
                let escaped = bytes[index]
                switch escaped {
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "u"):
                    let hex = String(decoding: bytes[index + 1 ... index + 4], as: UTF8.self)
                    index += 4
                    var code = UInt32(hex, radix: 16) ?? 0xFFFD
                    if (0xD800 ..< 0xDC00).contains(code), bytes.count > index + 6, bytes[index + 1] == UInt8(ascii: "\\") {
                        let low = UInt32(String(decoding: bytes[index + 3 ... index + 6], as: UTF8.self), radix: 16) ?? 0
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                    scalars.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
                default: scalars.append(escaped)
                }
                index += 1
            } else {
                scalars.append(bytes[index])
                index += 1
            }
        }
        try expect("\"")
        return String(decoding: scalars, as: UTF8.self)
    }
}
