import Foundation

/// A CSV Canvas's gradebook imports: `Student, ID, SIS User ID, SIS Login ID,
/// Section, <assignment>`, a "Points Possible" row, then one row per student.
///
/// Canvas matches rows by `ID`, `SIS User ID` or `SIS Login ID`; a roster CSV
/// with those columns and a `submission` column (the student name `lab grade`
/// uses) fills them; without it the submission name goes in `Student` and `SIS Login ID`.
public enum CanvasWriter {
    /// One roster row.
    public struct RosterEntry: Sendable, Equatable {
        public var name, id, sisUserID, sisLoginID, section: String
    }

    public static func csv(_ gradebook: Gradebook, roster: [String: RosterEntry] = [:]) -> String {
        var rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", gradebook.assignment]]
        rows.append(["Points Possible", "", "", "", "", Format.points(gradebook.maxScore)])
        for student in gradebook.students {
            let entry = roster[student.student]
                ?? RosterEntry(name: student.student, id: "", sisUserID: "", sisLoginID: student.student, section: "")
            rows.append([entry.name, entry.id, entry.sisUserID, entry.sisLoginID, entry.section, Format.points(student.score)])
        }
        return CSVText.render(rows)
    }

    /// Reads a roster CSV with a header row naming `submission` and any of
    /// `Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section`.
    public static func roster(_ text: String) throws -> [String: RosterEntry] {
        let rows = SimpleCSV.rows(text)
        guard let header = rows.first, let key = header.firstIndex(of: "submission") else {
            throw GradingError.usage("the roster needs a header row with a 'submission' column")
        }
        func column(_ name: String, _ row: [String]) -> String {
            guard let k = header.firstIndex(of: name), k < row.count else { return "" }
            return row[k]
        }
        var out: [String: RosterEntry] = [:]
        for row in rows.dropFirst() where key < row.count {
            out[row[key]] = RosterEntry(name: column("Student", row), id: column("ID", row), sisUserID: column("SIS User ID", row),
                                        sisLoginID: column("SIS Login ID", row), section: column("Section", row))
        }
        return out
    }
}

/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF).
enum SimpleCSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
