import Foundation
import LabRuntime
import LabScript
import Notebook

/// A grading key: a notebook whose `expect` lines carry points, a message,
/// a visibility and partial-credit bands; whose `require` lines name bindings
/// the submission must make; and whose other lines are set-up run before
/// each submission.
///
/// ```lab
/// load digits
/// require tree points=1 message="train a model named tree"
/// expect accuracy(tree on digits.test) >= 0.9 points=2 partial=0.85:1,0.8:0.5 visibility=visible
/// ```
public struct GradingKey: Sendable {
    /// The assignment's name (front-matter `title`, else the key's file name).
    public var assignment: String
    /// Lines run before the submission.
    public var setup: [Directive]
    /// Scored checks, in key order.
    public var checks: [KeyCheck]
    /// The key's text, for the run cache's key.
    public var fingerprint: String
    /// Bounds on the work a submission may ask for (front-matter `limits:`); every
    /// submission is checked and run under them.
    public var workLimits: WorkLimits = .standard

    /// The largest possible score.
    public var maxScore: Double { checks.reduce(0) { $0 + $1.points } }

    /// The checks the runtime measures, one model each.
    public var runtimeChecks: [GradedRun.Check] {
        checks.compactMap { check in
            guard case .claim(let claim) = check.kind else { return nil }
            return GradedRun.Check(id: check.id, directive: claim.directive)
        }
    }

    /// Parses the key at `url`; errors are located `key.md:LINE:COL: error: …` lines.
    public static func load(_ url: URL, displayPath: String) throws -> GradingKey {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GradingError.key(["\(displayPath): error: cannot read the key"])
        }
        let notebook: ParsedNotebook
        do { notebook = try NotebookParser.parse(path: displayPath, bytes: Array(data)) } catch {
            throw GradingError.key(["\(error)"])
        }
        return try parse(notebook, fallbackName: url.deletingPathExtension().lastPathComponent)
    }

    /// Parses a key from its parsed notebook.
    public static func parse(_ notebook: ParsedNotebook, fallbackName: String) throws -> GradingKey {
        var setupLines: [SourceLine] = []
        var checks: [KeyCheck] = []
        var errors: [String] = []
        for block in notebook.blocks {
            for code in block.code {
                let trimmed = code.text.trimmingCharacters(in: .whitespaces)
                let verb = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                switch verb {
                case "expect":
                    do { checks += try claimChecks(code, path: notebook.path) } catch let GradingError.key(lines) { errors += lines }
                case "require":
                    do { checks.append(try requireCheck(code, path: notebook.path)) } catch let GradingError.key(lines) { errors += lines }
                default:
                    setupLines.append(SourceLine(text: code.text, line: code.line, column: code.column))
                }
            }
        }
        let (workLimits, limitErrors) = KeyWorkLimits.parse(notebook.frontMatter, path: notebook.path)
        errors += limitErrors
        let parsed = Parser.parse(setupLines, file: notebook.path)
        var checker = Checker(specs: DirectiveRegistry.specs)
        checker.limits = workLimits
        errors += (parsed.diagnostics + checker.check(parsed.directives)).filter { $0.severity == .error }.map(\.description)
        var seen = Set<String>()
        for check in checks where !seen.insert(check.id).inserted {
            errors.append("\(notebook.path):\(check.line): error: two checks are named '\(check.id)'; give one a name=\"…\"")
        }
        if checks.isEmpty { errors.append("\(notebook.path): error: the key has no expect or require lines to score") }
        guard errors.isEmpty else { throw GradingError.key(errors) }
        return GradingKey(assignment: notebook.frontMatter?.title ?? fallbackName, setup: parsed.directives,
                          checks: checks, fingerprint: String(decoding: notebook.bytes, as: UTF8.self), workLimits: workLimits)
    }

    private static func common(_ text: GradingOptionText, line: Int, path: String) throws
        -> (points: Double, visibility: Visibility, message: String?) {
        func fail(_ message: String) -> GradingError { .key(["\(path):\(line): error: \(message)"]) }
        var points = 1.0
        if let written = text.options["points"] {
            guard let value = Double(written), value.isFinite, value >= 0 else { throw fail("points= needs a number ≥ 0, got '\(written)'") }
            points = value
        }
        var visibility = Visibility.visible
        if let written = text.options["visibility"] {
            guard let value = Visibility(rawValue: written) else {
                throw fail("visibility= is one of visible, hidden, after_due_date; got '\(written)'")
            }
            visibility = value
        }
        return (points, visibility, text.options["message"])
    }

    private static func claimChecks(_ code: CodeLine, path: String) throws -> [KeyCheck] {
        let text = GradingOptionText(code.text)
        func fail(_ message: String) -> GradingError { .key(["\(path):\(code.line): error: \(message)"]) }
        let (points, visibility, message) = try common(text, line: code.line, path: path)
        let parsed = Parser.parse([SourceLine(text: text.remainder, line: code.line, column: 1)], file: path)
        if let error = parsed.diagnostics.first(where: { $0.severity == .error }) { throw GradingError.key([error.description]) }
        guard let directive = parsed.directives.first, let expectation = directive.expectation else {
            throw fail("expect needs METRIC(MODEL on DATA) OP VALUE")
        }
        guard let threshold = expectation.threshold.value.asDouble else {
            throw fail("a key's threshold is a number, got \(expectation.threshold.value)")
        }
        var bands: [(threshold: Double, points: Double)] = []
        if let written = text.options["partial"] {
            for band in written.split(separator: ",") {
                let parts = band.split(separator: ":")
                guard parts.count == 2, let t = Double(parts[0]), let p = Double(parts[1]), t.isFinite, p.isFinite, p >= 0, p <= points else {
                    throw fail("partial= is THRESHOLD:POINTS[,THRESHOLD:POINTS…] with points up to \(points), got '\(written)'")
                }
                bands.append((t, p))
            }
            bands.sort { $0.points > $1.points }
        }
        let data = expectation.data.value.joined(separator: ".")
        return expectation.models.map { model in
            let single = Expectation(metric: expectation.metric, models: [model], data: expectation.data,
                                     op: expectation.op, threshold: expectation.threshold)
            let one = Directive(verb: directive.verb, groups: directive.groups, clauses: directive.clauses,
                                options: directive.options, binding: directive.binding, expectation: single,
                                line: directive.line, length: directive.length)
            let measure = "\(expectation.metric.value)(\(model.value) on \(data))"
                + text.measureOptions.map { " " + $0 }.joined()
            let claim = "\(measure) \(expectation.op.value.rawValue) \(text.remainder.split(separator: " ").last.map(String.init) ?? "")"
            let named = text.options["name"].map { expectation.models.count > 1 ? "\($0) (\(model.value))" : $0 }
            return KeyCheck(id: named ?? "line \(code.line): \(measure)", title: named ?? claim,
                            kind: .claim(.init(measure: measure, op: expectation.op.value, threshold: threshold,
                                               bands: bands, directive: one)),
                            points: points, message: message, visibility: visibility, line: code.line)
        }
    }

    private static func requireCheck(_ code: CodeLine, path: String) throws -> KeyCheck {
        let text = GradingOptionText(code.text)
        let (_, visibility, message) = try common(text, line: code.line, path: path)
        let points = text.options["points"].flatMap(Double.init) ?? 0
        let names = text.remainder.dropFirst("require".count).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty, names.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }) else {
            throw GradingError.key(["\(path):\(code.line): error: require names bindings, e.g. require tree, forest"])
        }
        let title = text.options["name"] ?? "binds \(names.joined(separator: ", "))"
        return KeyCheck(id: title, title: title, kind: .bindings(names), points: points, message: message,
                        visibility: visibility, line: code.line)
    }
}

/// Errors of `lab grade` that stop it before any submission runs.
public enum GradingError: Error, CustomStringConvertible {
    /// The key does not read; each line a located message.
    case key([String])
    /// A usage or file problem.
    case usage(String)

    public var description: String {
        switch self {
        case .key(let lines): return lines.joined(separator: "\n")
        case .usage(let text): return text
        }
    }
}
