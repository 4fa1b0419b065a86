import Foundation

/// A small JSON Schema validator for the keywords our schemas use: `type`
/// (one or a list), `properties`, `required`, `additionalProperties: false`,
/// `enum`, `items`, `minimum`. Returns the violations with their JSON paths.
enum JSONSchemaValidator {
    static func validate(_ value: Any, against schema: [String: Any], path: String = "$") -> [String] {
        var problems: [String] = []
        if let allowed = schema["enum"] as? [Any] {
            let text = "\(value)"
            if !allowed.contains(where: { "\($0)" == text }) { problems.append("\(path): \(text) is not one of \(allowed)") }
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [(type as? String) ?? ""]
            if !types.contains(where: { matches(value, $0) }) { problems.append("\(path): expected \(types.joined(separator: " or "))"); return problems }
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? NSNumber, number.doubleValue < minimum {
            problems.append("\(path): \(number) is below \(minimum)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required \(key)")
            }
            for (key, item) in object {
                if let sub = properties[key] as? [String: Any] {
                    problems += validate(item, against: sub, path: "\(path).\(key)")
                } else if (schema["additionalProperties"] as? Bool) == false {
                    problems.append("\(path): unexpected property \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (k, item) in array.enumerated() { problems += validate(item, against: items, path: "\(path)[\(k)]") }
        }
        return problems
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "number": return value is NSNumber && !isBool(value)
        case "integer": return (value as? NSNumber).map { !isBool(value) && $0.doubleValue.rounded() == $0.doubleValue } ?? false
        case "boolean": return isBool(value)
        case "null": return value is NSNull
        default: return false
        }
    }

    private static func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }
}
