import Foundation

/// A class's grades: what `lab grade` writes as `gradebook.json` and what
/// `lab grade merge` reads back from each shard.
public struct Gradebook: Codable, Sendable, Equatable {
    /// A gradebook column.
    public struct Column: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var maxScore: Double
        public var visibility: Visibility
    }

    public var assignment: String
    public var maxScore: Double
    public var checks: [Column]
    /// Sorted by student.
    public var students: [StudentResult]

    public init(key: GradingKey, students: [StudentResult]) {
        assignment = key.assignment
        maxScore = key.maxScore
        checks = key.checks.map { Column(id: $0.id, title: $0.title, maxScore: $0.points, visibility: $0.visibility) }
        self.students = students.sorted { $0.student < $1.student }
    }

    /// Joins shard gradebooks of the same key; a student graded twice is an error.
    public static func merge(_ parts: [Gradebook]) throws -> Gradebook {
        guard var merged = parts.first else { throw GradingError.usage("nothing to merge") }
        merged.students = []
        var seen = Set<String>()
        for part in parts {
            guard part.checks == merged.checks, part.assignment == merged.assignment else {
                throw GradingError.usage("the shards were graded with different keys (\(merged.assignment) and \(part.assignment)); grade every shard with the same key")
            }
            for student in part.students {
                guard seen.insert(student.student).inserted else {
                    throw GradingError.usage("'\(student.student)' appears in two shards")
                }
                merged.students.append(student)
            }
        }
        merged.students.sort { $0.student < $1.student }
        return merged
    }

    /// `gradebook.json` text: sorted keys, snake_case, ending with a newline.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a `gradebook.json`.
    public static func read(_ url: URL) throws -> Gradebook {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(Gradebook.self, from: Data(contentsOf: url))
    }

    /// `gradebook.csv`: `student, score, max_score, status`, then one column per check (its points).
    public func csv() -> String {
        var rows = [["student", "score", "max_score", "status"] + checks.map(\.id)]
        for student in students {
            let byID = Dictionary(student.checks.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
            rows.append([student.student, Format.points(student.score), Format.points(student.maxScore), student.status.rawValue]
                        + checks.map { byID[$0.id].map(Format.points) ?? "" })
        }
        return CSVText.render(rows)
    }
}

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; CRLF line ends.
enum CSVText {
    static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        // A leading =, +, -, @ would be read as a formula by spreadsheets: prefix a quote mark.
        var safe = text
        if let first = safe.first, "=+-@".contains(first), Double(safe) == nil { safe = "'" + safe }
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
