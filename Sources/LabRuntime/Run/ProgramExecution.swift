import LabScript

/// Executes a ``CheckedProgram`` step by step, collecting each block's outputs.
///
/// A step with check errors is not run: its errors go to its block. A step that
/// reads a name a failed step would have written is skipped with an error saying
/// so, and its own writes fail in turn. Records a step adds are stamped with its
/// identity (block, step, region-free line).
struct ProgramExecution {
    let program: CheckedProgram
    /// Outputs by block index.
    private(set) var outputs: [Int: [Output]] = [:]
    /// The text of each inline value, by its index.
    private(set) var inlineValues: [Int: String] = [:]
    /// Names a failed or skipped step would have written → the line of that step.
    private var failedNames: [String: Int] = [:]
    /// Runs each step through the result cache and reports it; nil runs plainly.
    let steps: StepRunner?
    /// Set when a value the cache promised could not be loaded: the caller runs again without reading the cache.
    private(set) var needsRestart = false

    init(program: CheckedProgram, steps: StepRunner? = nil) {
        self.program = program
        self.steps = steps
    }

    /// Runs every step; false when a run error stops it (without `keepGoing`).
    mutating func run(_ context: inout ExecutionContext, keepGoing: Bool, report: inout RunReport) -> Bool {
        var pending = program.parseErrors.mapValues { $0.sorted { $0.location.line < $1.location.line } }
        var inline = program.inlineSteps.sorted { $0.position < $1.position }[...]
        for (position, step) in program.steps.enumerated() {
            while let next = inline.first, next.position <= position {
                guard runInline(next, &context, keepGoing: keepGoing, report: &report) else { return false }
                inline.removeFirst()
            }
            let line = step.resolved.directive.location.line
            while let first = pending[step.block]?.first, first.location.line < line {
                outputs[step.block, default: []].append(.error(first.description))
                pending[step.block]?.removeFirst()
            }
            if step.hasErrors {
                for diagnostic in step.resolved.diagnostics where diagnostic.severity == .error {
                    outputs[step.block, default: []].append(.error(diagnostic.description))
                }
                fail(step)
                continue
            }
            if let missing = step.reads.first(where: { failedNames[$0.name] != nil }), let origin = failedNames[missing.name] {
                let directive = step.resolved.directive
                let diagnostic = Diagnostic(
                    severity: .error, location: directive.location, length: directive.verb.length,
                    message: "skipped: it reads '\(missing.name)', which the directive at line \(origin) did not make",
                    sourceLine: directive.line.text, sourceLineColumn: directive.line.column)
                outputs[step.block, default: []].append(.error(diagnostic.description))
                fail(step)
                continue
            }
            guard let registered = DirectiveRegistry.byName[step.verb] else { continue }
            let before = context.records.count
            do {
                outputs[step.block, default: []] += try steps?.run(step, registered, &context, report: &report)
                    ?? registered.run(Invocation(step.resolved).limited(by: context.limits), &context)
            } catch {
                if steps?.loadFailures.isEmpty == false { needsRestart = true; return false }
                let diagnostic = Self.diagnostic(for: error, in: step.resolved.directive)
                report.messages.append(diagnostic.description)
                report.failed = true
                guard keepGoing else { steps?.finish(); return false }
                outputs[step.block, default: []].append(.error(diagnostic.description))
                fail(step, updatesToo: false)
            }
            for index in before..<context.records.count {
                context.records[index].block = step.block + 1
                context.records[index].step = step.step + 1
                context.records[index].line = step.stableLine
            }
            if steps?.loadFailures.isEmpty == false { needsRestart = true; return false }
        }
        for next in inline {
            guard runInline(next, &context, keepGoing: keepGoing, report: &report) else { return false }
        }
        steps?.finish()
        for (block, errors) in pending.sorted(by: { $0.key < $1.key }) {
            outputs[block, default: []] += errors.map { .error($0.description) }
        }
        return true
    }

    /// Evaluates one inline value into ``inlineValues``; false when an error stops the run.
    private mutating func runInline(_ step: InlineStep, _ context: inout ExecutionContext, keepGoing: Bool, report: inout RunReport) -> Bool {
        if step.hasErrors {
            inlineValues[step.value.index] = "**error: \(step.diagnostics.first?.message ?? "invalid inline value")**"
            return true
        }
        guard let resolved = step.resolved else { return true }
        if let missing = resolved.reads.first(where: { failedNames[$0.name] != nil }) {
            inlineValues[step.value.index] = "**error: skipped: '\(missing.name)' was not made**"
            return true
        }
        do {
            inlineValues[step.value.index] = try InlineValueDirective.value(Invocation(resolved), format: step.value.format, &context)
        } catch {
            let diagnostic = Self.diagnostic(for: error, in: resolved.directive)
            report.messages.append(diagnostic.description)
            report.failed = true
            guard keepGoing else { return false }
            inlineValues[step.value.index] = "**error: \(diagnostic.message)**"
        }
        return true
    }

    /// Marks what `step` would have written as missing. A step that ran and failed
    /// leaves the names it would have changed in place as they were (`updatesToo`
    /// false): they still hold their earlier version; only a new binding is missing.
    private mutating func fail(_ step: ResolvedStep, updatesToo: Bool = true) {
        let bound = step.resolved.binding?.value
        for name in step.writes where failedNames[name.name] == nil && (updatesToo || name.name == bound) {
            failedNames[name.name] = step.resolved.directive.location.line
        }
    }

    /// A located diagnostic for an error thrown while running a directive.
    static func diagnostic(for error: Error, in directive: Directive) -> Diagnostic {
        if let failure = error as? DirectiveFailure {
            return Diagnostic(severity: .error, location: failure.location, length: failure.length,
                              message: failure.message, hint: failure.hint,
                              sourceLine: directive.line.text, sourceLineColumn: directive.line.column)
        }
        return Diagnostic(severity: .error, location: directive.location, length: directive.verb.length,
                          message: "\(error)", sourceLine: directive.line.text, sourceLineColumn: directive.line.column)
    }
}
