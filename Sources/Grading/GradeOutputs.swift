import Foundation

/// Writes a gradebook's files into a folder: `gradebook.csv`, `gradebook.json`,
/// `canvas.csv`, `junit.xml`, and per student `feedback/STUDENT.md` and
/// `gradescope/STUDENT/results.json`.
public enum GradeOutputs {
    public static func write(_ gradebook: Gradebook, to folder: URL, roster: [String: CanvasWriter.RosterEntry],
                             afterDueDate: Bool, perStudent: Bool = true) throws {
        try save(Data(gradebook.csv().utf8), folder.appendingPathComponent("gradebook.csv"))
        try save(gradebook.json(), folder.appendingPathComponent("gradebook.json"))
        try save(Data(CanvasWriter.csv(gradebook, roster: roster).utf8), folder.appendingPathComponent("canvas.csv"))
        try save(Data(JUnitWriter.xml(gradebook).utf8), folder.appendingPathComponent("junit.xml"))
        guard perStudent else { return }
        for student in gradebook.students {
            let name = fileName(student.student)
            try save(Data(FeedbackWriter.markdown(student, assignment: gradebook.assignment, showAfterDueDate: afterDueDate).utf8),
                     folder.appendingPathComponent("feedback/\(name).md"))
            try save(Data(GradescopeWriter.json(student, assignment: gradebook.assignment).utf8),
                     folder.appendingPathComponent("gradescope/\(name)/results.json"))
        }
    }

    /// A student's name as a file name: path separators and leading dots replaced.
    static func fileName(_ student: String) -> String {
        var name = student.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\\", with: "_")
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "_" : name
    }

    static func save(_ data: Data, _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
}
