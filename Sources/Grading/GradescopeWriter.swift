import Foundation
import LabRuntime

/// Gradescope's autograder `results.json` for one submission: `score`,
/// `execution_time`, `output`, `tests[]` with `name`, `score`, `max_score`,
/// `status`, `output`, `visibility`.
public enum GradescopeWriter {
    public static func json(_ student: StudentResult, assignment: String) -> String {
        var output = "\(assignment): \(Format.points(student.score))/\(Format.points(student.maxScore)), status \(student.status.rawValue)."
        for note in student.notes { output += "\n" + note }
        let tests: [JSONValue] = student.checks.enumerated().map { index, check in
            var text = "\(FeedbackWriter.symbol(check.state))"
            if let value = check.value { text += " · value \(Format.value(value))" }
            if let detail = check.detail { text += " · \(detail)" }
            if let message = check.message { text += "\n\(message)" }
            return .object([
                ("name", .string(check.title)),
                ("number", .string(String(index + 1))),
                ("score", .number(check.score)),
                ("max_score", .number(check.maxScore)),
                ("status", .string(check.state == .passed ? "passed" : "failed")),
                ("output", .string(text)),
                ("visibility", .string(check.visibility.rawValue)),
            ])
        }
        let document = JSONValue.object([
            ("score", .number(student.score)),
            ("execution_time", .number((student.executionTime * 1000).rounded() / 1000)),
            ("output", .string(output)),
            ("output_format", .string("md")),
            ("visibility", .string("visible")),
            ("stdout_visibility", .string("hidden")),
            ("tests", .array(tests)),
        ])
        return document.pretty() + "\n"
    }
}
