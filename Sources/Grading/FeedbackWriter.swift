/// The Markdown a student reads: score, status, each visible check with its
/// value and message, how many checks are hidden, and the notes on the run.
public enum FeedbackWriter {
    /// Feedback for `student`; `showAfterDueDate` also shows `after_due_date` checks.
    public static func markdown(_ student: StudentResult, assignment: String, showAfterDueDate: Bool = false) -> String {
        var out = "# \(assignment): feedback for \(student.student)\n\n"
        out += "**Score: \(Format.points(student.score)) / \(Format.points(student.maxScore))** · status: `\(student.status.rawValue)`\n\n"
        let shown = student.checks.filter { $0.visibility == .visible || ($0.visibility == .afterDueDate && showAfterDueDate) }
        let hidden = student.checks.count - shown.count
        if !shown.isEmpty {
            out += "| check | result | value | points |\n| --- | --- | ---: | ---: |\n"
            for check in shown {
                out += "| \(cell(check.title)) | \(symbol(check.state)) | \(Format.value(check.value)) | \(Format.points(check.score))/\(Format.points(check.maxScore)) |\n"
            }
            out += "\n"
            for check in shown where check.message != nil || check.detail != nil {
                out += "- **\(cell(check.title))**:"
                if let detail = check.detail { out += " \(detail)." }
                if let message = check.message { out += " \(message)" }
                out += "\n"
            }
            if shown.contains(where: { $0.message != nil || $0.detail != nil }) { out += "\n" }
        }
        if hidden > 0 {
            out += hidden == 1 ? "1 further check is hidden; it counts in the score.\n\n"
                               : "\(hidden) further checks are hidden; they count in the score.\n\n"
        }
        for note in student.notes { out += "- \(note)\n" }
        if !student.notes.isEmpty { out += "\n" }
        if !student.diagnostics.isEmpty {
            out += "Messages from running your notebook:\n\n```text\n"
            out += student.diagnostics.joined(separator: "\n").replacingOccurrences(of: "```", with: "'''")
            out += "\n```\n"
        }
        return out
    }

    static func symbol(_ state: CheckState) -> String {
        switch state {
        case .passed: return "✔ passed"
        case .partial: return "◐ partial credit"
        case .failed: return "✘ failed"
        case .error: return "✘ error"
        case .notEvaluated: return "– not evaluated"
        }
    }

    /// Text safe inside a table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
