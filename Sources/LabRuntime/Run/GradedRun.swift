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
    /// `observe` sees every measurement as it is taken (provisional, then final). Set-up and
    /// submission are checked and run under `limits` (the key's work limits).
    public static func run(setup: [Directive], submission: ParsedNotebook, folder: URL, checks: [Check],
                           required: Set<String> = [], dataDirectories: [URL], modelsDirectory: URL?,
                           limits: WorkLimits = .standard,
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
        // Set-up and submission are checked together, so the submission sees the set-up's names
        // and every directive's reads and writes are resolved (the partial-run rule of `--keep-going`).
        var checker = Checker(specs: DirectiveRegistry.specs)
        checker.limits = limits
        let checked = checker.analyze(setup + directives, parameterValues: overrides)
        var context = ExecutionContext(
            locator: DataLocator(notebookDirectory: folder, dataDirectories: dataDirectories),
            notebookName: URL(fileURLWithPath: submission.path).lastPathComponent, modelsDirectory: modelsDirectory)
        context.session.overrides = overrides
        context.session.parameters = checked.parameters
        context.limits = limits
        var measured = Set<String>()
        var boundCount = 0
        /// Names bound so far (what succeeded steps wrote).
        var names = Set<String>()
        var failedNames: [String: Int] = [:]
        var skipped = Set(outcome.skippedLines)
        let needed = neededSteps(checked.directives, setupCount: setup.count, checks: checks, required: required)
        for (index, resolved) in checked.directives.enumerated() {
            let isSetup = index < setup.count
            // Lines no check depends on (tables, plots, unrelated models) are not run: grading needs
            // only the values the key reads. Their check errors are still reported.
            guard needed.contains(index) || resolved.hasErrors else { continue }
            let line = resolved.directive.location.line
            func fail() {
                for name in resolved.writes where failedNames[name.name] == nil { failedNames[name.name] = line }
            }
            if resolved.hasErrors {
                if !isSetup {
                    outcome.diagnostics += resolved.diagnostics.filter { $0.severity == .error }.map(\.description)
                    skipped.insert(line)
                }
                fail()
                continue
            }
            if let missing = resolved.reads.first(where: { failedNames[$0.name] != nil }), let origin = failedNames[missing.name] {
                if !isSetup {
                    outcome.diagnostics.append("\(submission.path):\(line): skipped: it reads '\(missing.name)', which the directive at line \(origin) did not make")
                    skipped.insert(line)
                }
                fail()
                continue
            }
            guard let registered = DirectiveRegistry.byName[resolved.verb] else { continue }
            do {
                _ = try registered.run(Invocation(resolved).limited(by: context.limits), &context)
                names.formUnion(resolved.writes.map(\.name))
                if let binding = resolved.binding?.value { names.insert(binding) }
                names = names.filter { context.session.isBound($0) }
            } catch {
                outcome.diagnostics.append(ProgramExecution.diagnostic(for: error, in: resolved.directive).description)
                if !isSetup { outcome.failedLines.append(line) }
                fail()
            }
            if names.count != boundCount {
                boundCount = names.count
                bound(names.sorted())
            }
            for check in checks where !measured.contains(check.id) && GradedRun.names(of: check, areBoundIn: context.session) {
                measured.insert(check.id)
                observe(measure(check, in: &context, checker: checker, names: names, final: false))
            }
        }
        outcome.skippedLines = skipped.sorted()
        for check in checks {
            let measurement = measure(check, in: &context, checker: checker, names: names, final: true)
            observe(measurement)
            outcome.measurements.append(measurement)
        }
        outcome.boundNames = names.sorted()
        return outcome
    }

    /// The directives the checks and required names depend on, by index: a backward walk over
    /// resolved reads and writes (by name, so in-place changes such as `relabel` are kept).
    /// Set-up lines and `param` lines always run.
    static func neededSteps(_ directives: [ResolvedDirective], setupCount: Int, checks: [Check],
                            required: Set<String>) -> Set<Int> {
        var wanted = required
        for check in checks {
            guard let expectation = check.directive.expectation else { continue }
            for model in expectation.models { wanted.insert(String(model.value.split(separator: ".").first ?? "")) }
            if let data = expectation.data.value.first { wanted.insert(data) }
        }
        var needed = Set<Int>()
        for index in directives.indices.reversed() {
            let resolved = directives[index]
            let writes = Set(resolved.writes.map(\.name) + (resolved.binding.map { [$0.value] } ?? []))
            guard index < setupCount || resolved.verb == "param" || !writes.isDisjoint(with: wanted) else { continue }
            needed.insert(index)
            wanted.formUnion(resolved.reads.map(\.name))
        }
        return needed
    }

    private static func names(of check: Check, areBoundIn session: Session) -> Bool {
        guard let expectation = check.directive.expectation, let data = expectation.data.value.first else { return false }
        return expectation.models.allSatisfy { session.lookup([String($0.value.split(separator: ".").first ?? "")]) != nil }
            && session.lookup([data]) != nil
    }

    /// Runs the check's `expect` directive and reads its measured value back.
    private static func measure(_ check: Check, in context: inout ExecutionContext, checker: Checker,
                                names: Set<String>, final: Bool) -> Measurement {
        guard let registered = DirectiveRegistry.byName["expect"] else {
            return Measurement(check: check.id, value: nil, error: "expect is not registered", final: final)
        }
        let kept = context.records
        defer { context.records = kept }
        let resolved = checker.analyze([check.directive], predefinedNames: names).directives.first
        guard let resolved else {
            return Measurement(check: check.id, value: nil, error: "the check does not resolve", final: final)
        }
        if let error = resolved.diagnostics.first(where: { $0.severity == .error }) {
            return Measurement(check: check.id, value: nil, error: error.message, final: final)
        }
        do {
            _ = try registered.run(Invocation(resolved).limited(by: context.limits), &context)
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
