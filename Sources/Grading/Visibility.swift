/// Who sees a check's outcome, as Gradescope's `visibility`.
public enum Visibility: String, Sendable, CaseIterable, Codable {
    /// Shown to the student in the feedback.
    case visible
    /// Counted in the score, never shown.
    case hidden
    /// Shown once the due date has passed (hidden in feedback written before).
    case afterDueDate = "after_due_date"
}
