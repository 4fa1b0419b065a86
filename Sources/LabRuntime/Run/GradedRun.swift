import Foundation
import LabCore
import LabScript
import Notebook

/// Runs a student's notebook between a grading key's set-up lines and its checks,
/// for `lab grade`.
///
/// The submission's own `expect` lines are not run (the key's checks score it).
/// Directives with check errors are skipped together with those that depend on
/// them; run-time errors are recorded and the run goes on, so every check that
/// can be evaluated is. Each check is measured as soon as the names it reads are
/// bound (a provisional value, kept if the run is stopped by a limit) and again
/// at the end (the final value).
public enum GradedRun {
    /// One key check: an `expect` directive naming one model.
    public struct Check: Sendable {
        /// Stable identity in the gradebook.
        public var id: String
        /// The `expect` directive (grading options already removed).
        public var directive: Directive

        public init(id: String, directive: Directive) {
            self.id = id
            self.directive = directive
        }
    }

    /// A value measured for a check, or why it could not be.
    public struct Measurement: Sendable, Equatable {
        public var check: String
        public var value: Double?
        public var error: String?
        /// False for a value taken while the run was still going.
        public var final: Bool
    }

    /// What a graded run did besides measuring.
    public struct Outcome: Sendable {
        /// The final measurements, one per check, in key order.
        public var measurements: [Measurement] = []
        /// Diagnostics of the submission (check and run-time errors), rendered.
        public var diagnostics: [String] = []
        /// Lines of the submission's own `expect` directives (ignored for scoring).
        public var ignoredExpectLines: [Int] = []
        /// Lines not run because of check errors.
        public var skippedLines: [Int] = []
        /// Lines that failed while running.
        public var failedLines: [Int] = []
        /// Names bound at the end, sorted.
        public var boundNames: [String] = []
    }

    /// Runs `setup`, then the submission at `submission`, then measures `checks`.
    /// `observe` sees every measurement as it is taken (provisional, then final).
    public static func run(setup: [Directive], submission: ParsedNotebook, folder: URL, checks: [Check],
                           dataDirectories: [URL], modelsDirectory: URL?,
                           observe: (Measurement) -> Void = { _ in },
                           bound: ([String]) -> Void = { _ in }) -> Outcome {
        var outcome = Outcome()
        var directives: [Directive] = []
        for block in submission.blocks {
            let lines = block.code.map { SourceLine(text: $0.text, line: $0.line, column: $0.column) }
            let parsed = Parser.parse(lines, file: submission.path)
            outcome.diagnostics += parsed.diagnostics.map(\.description)
            outcome.skippedLines += parsed.diagnostics.filter { $0.severity == .error }.map(\.location.line)
            for directive in parsed.directives {
                if directive.verb.value == "expect" {
                    outcome.ignoredExpectLines.append(directive.location.line)
                } else {
                    directives.append(directive)
                }
            }
        }
        var overrides: [String: Value] = [:]
        for (name, text) in submission.frontMatter?.params ?? [] { overrides[name] = ParameterText.value(text) }
        let checker = Checker(specs: DirectiveRegistry.specs)
        let setupNames = Set(checker.analyze(setup).directives.compactMap { $0.binding?.value })
        let checked = checker.analyze(directives, predefinedNames: setupNames, parameters: Set(overrides.keys))
        let errorLines = Set(checked.diagnostics.filter { $0.severity == .error }.map(\.location.line))
        outcome.diagnostics += checked.diagnostics.map(\.description)
        let runnable = directives.filter { !errorLines.contains($0.location.line) }
        outcome.skippedLines = Array(Set(outcome.skippedLines + directives.map(\.location.line).filter(errorLines.contains))).sorted()

        var context = ExecutionContext(
            locator: DataLocator(notebookDirectory: folder, dataDirectories: dataDirectories),
            notebookName: URL(fileURLWithPath: submission.path).lastPathComponent, modelsDirectory: modelsDirectory)
        context.session.overrides = overrides
        context.session.parameters = overrides
        var measured = Set<String>()
        var boundCount = 0
        for (index, directive) in (setup + runnable).enumerated() {
            guard let registered = DirectiveRegistry.byName[directive.verb.value] else { continue }
            let isSetup = index < setup.count
            do {
                let inv = Invocation(directive, flags: Set(registered.spec.flags), parameters: context.session.parameters)
                _ = try registered.run(inv, &context)
            } catch {
                let step = Program.Step(block: 0, directive: directive, registered: registered)
                outcome.diagnostics.append(step.diagnostic(for: error).description)
                if !isSetup { outcome.failedLines.append(directive.location.line) }
            }
            if context.session.values.count != boundCount {
                boundCount = context.session.values.count
                bound(context.session.values.keys.sorted())
            }
            for check in checks where !measured.contains(check.id) && names(of: check, areBoundIn: context.session) {
                measured.insert(check.id)
                observe(measure(check, in: &context, final: false))
            }
        }
        for check in checks {
            let measurement = measure(check, in: &context, final: true)
            observe(measurement)
            outcome.measurements.append(measurement)
        }
        outcome.boundNames = context.session.values.keys.sorted()
        return outcome
    }

    private static func names(of check: Check, areBoundIn session: Session) -> Bool {
        guard let expectation = check.directive.expectation, let data = expectation.data.value.first else { return false }
        return expectation.models.allSatisfy { session.lookup([String($0.value.split(separator: ".").first ?? "")]) != nil }
            && session.lookup([data]) != nil
    }

    /// Runs the check's `expect` directive and reads its measured value back.
    private static func measure(_ check: Check, in context: inout ExecutionContext, final: Bool) -> Measurement {
        guard let registered = DirectiveRegistry.byName["expect"] else {
            return Measurement(check: check.id, value: nil, error: "expect is not registered", final: final)
        }
        let kept = context.records
        defer { context.records = kept }
        do {
            let inv = Invocation(check.directive, flags: Set(registered.spec.flags), parameters: context.session.parameters)
            _ = try registered.run(inv, &context)
            let values: [Double] = context.records.dropFirst(kept.count).compactMap { record in
                for case ("value", .number(let x)) in record.fields.map({ ($0.key, $0.value) }) { return x }
                return nil
            }
            guard let value = values.first else {
                return Measurement(check: check.id, value: nil, error: "the check measured nothing", final: final)
            }
            return Measurement(check: check.id, value: value, error: nil, final: final)
        } catch let failure as DirectiveFailure {
            return Measurement(check: check.id, value: nil, error: failure.message, final: final)
        } catch {
            return Measurement(check: check.id, value: nil, error: "\(error)", final: final)
        }
    }
}
