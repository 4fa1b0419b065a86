/// Turns a run's measurements into points with the key's thresholds, bands and points.
public enum Scorer {
    /// Scores `record` (nil: the run left nothing) under `key`.
    public static func score(student: String, record: RunRecord?, key: GradingKey) -> StudentResult {
        let record = record ?? {
            var empty = RunRecord()
            empty.stop = .crashed
            return empty
        }()
        let status: RunStatus = record.stop ?? ((record.skippedLines.isEmpty && record.failedLines.isEmpty) ? .ok : .ranWithErrors)
        var checks: [CheckResult] = []
        for check in key.checks {
            var result = CheckResult(id: check.id, title: check.title, score: 0, maxScore: check.points, state: .notEvaluated,
                                     value: nil, detail: nil, message: check.message, visibility: check.visibility)
            switch check.kind {
            case .bindings(let names):
                let missing = names.filter { !record.bound.contains($0) }
                if record.finished || missing.isEmpty {
                    result.state = missing.isEmpty ? .passed : .failed
                    result.score = missing.isEmpty ? check.points : 0
                    if !missing.isEmpty { result.detail = "the notebook never binds \(missing.map { "`\($0)`" }.joined(separator: ", "))" }
                } else {
                    result.detail = "the run stopped (\(status.rawValue)) before it ended"
                }
            case .claim(let claim):
                if let measured = record.measurements[claim.measure] {
                    if let value = measured.value {
                        let (points, state) = check.score(value)
                        result.score = points
                        result.state = state
                        result.value = value
                    } else {
                        result.state = .error
                        result.detail = measured.error
                    }
                } else {
                    result.detail = record.finished ? "not measured" : "the run stopped (\(status.rawValue)) before the names it reads were bound"
                }
            }
            checks.append(result)
        }
        var notes: [String] = []
        if !record.ignoredExpectLines.isEmpty {
            let lines = record.ignoredExpectLines.map(String.init).joined(separator: ", ")
            notes.append("Your own `expect` lines (line \(lines)) are ignored for scoring: the key's checks decide the grade.")
        }
        if !record.skippedLines.isEmpty {
            notes.append("Lines with errors were skipped, with the lines that depend on them: \(record.skippedLines.map(String.init).joined(separator: ", ")).")
        }
        if !record.failedLines.isEmpty {
            notes.append("Lines that failed while running: \(record.failedLines.map(String.init).joined(separator: ", ")).")
        }
        switch status {
        case .timeout: notes.append("The run hit the wall-time limit; checks evaluated before it stopped keep their points.")
        case .memoryLimit: notes.append("The run hit the memory cap; checks evaluated before it stopped keep their points.")
        case .crashed: notes.append("The run ended abnormally; checks evaluated before it stopped keep their points.")
        case .tooLarge, .unreadable, .noNotebook: notes.append("The submission was not run.")
        case .ok, .ranWithErrors: break
        }
        let score = checks.reduce(0) { $0 + $1.score }
        return StudentResult(student: student, score: score, maxScore: key.maxScore, status: status, checks: checks,
                             notes: notes, diagnostics: Array(record.diagnostics.prefix(5)), executionTime: record.seconds)
    }
}
