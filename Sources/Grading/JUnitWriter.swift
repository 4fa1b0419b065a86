/// JUnit XML for CI systems: one `<testsuite>` per student, one `<testcase>` per check.
public enum JUnitWriter {
    public static func xml(_ gradebook: Gradebook) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let failures = gradebook.students.reduce(0) { $0 + $1.checks.filter { $0.state == .failed || $0.state == .partial }.count }
        let errors = gradebook.students.reduce(0) { $0 + $1.checks.filter { $0.state == .error || $0.state == .notEvaluated }.count }
        let tests = gradebook.students.reduce(0) { $0 + $1.checks.count }
        out += "<testsuites name=\"\(escape(gradebook.assignment))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for student in gradebook.students {
            let f = student.checks.filter { $0.state == .failed || $0.state == .partial }.count
            let e = student.checks.filter { $0.state == .error || $0.state == .notEvaluated }.count
            out += "  <testsuite name=\"\(escape(student.student))\" tests=\"\(student.checks.count)\" failures=\"\(f)\" errors=\"\(e)\" "
            out += "time=\"\(Format.value(student.executionTime))\">\n"
            out += "    <properties><property name=\"score\" value=\"\(Format.points(student.score))\"/>"
            out += "<property name=\"max_score\" value=\"\(Format.points(student.maxScore))\"/>"
            out += "<property name=\"status\" value=\"\(student.status.rawValue)\"/></properties>\n"
            for check in student.checks {
                out += "    <testcase classname=\"\(escape(student.student))\" name=\"\(escape(check.title))\""
                let detail = [check.value.map { "value \(Format.value($0))" }, check.detail, check.message]
                    .compactMap { $0 }.joined(separator: "; ")
                let points = "\(Format.points(check.score))/\(Format.points(check.maxScore)) points"
                switch check.state {
                case .passed: out += "/>\n"
                case .partial, .failed:
                    out += ">\n      <failure message=\"\(escape(points + (detail.isEmpty ? "" : "; " + detail)))\"/>\n    </testcase>\n"
                case .error, .notEvaluated:
                    out += ">\n      <error message=\"\(escape(points + (detail.isEmpty ? "" : "; " + detail)))\"/>\n    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// XML attribute text; characters XML 1.0 cannot hold are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
