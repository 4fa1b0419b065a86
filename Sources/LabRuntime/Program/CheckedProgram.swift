import LabScript
import Notebook

/// A notebook's directives, parsed, checked and resolved before anything runs:
/// the one interpretation of the notebook that the runner executes and that the
/// cache and the grader read.
///
/// ```swift
/// let notebook = try NotebookParser.parse(path: "lab.md", bytes: bytes)
/// let program = CheckedProgram.compile(notebook, displayPath: "lab.md")
/// for step in program.steps {
///     print(step.id, step.canonicalForm, step.reads, step.writes)
/// }
/// ```
///
/// Every directive of every ```` ```lab ```` block becomes a ``ResolvedStep`` in
/// document order, including directives with check errors (``ResolvedStep/hasErrors``);
/// lines that do not parse at all are in ``parseErrors``. Inline values in prose
/// (`` `{lab} accuracy(tree on digits.test)` ``) are checked with the directives, in
/// document order, and run between the steps around them (``inlineSteps``).
public struct CheckedProgram: Sendable {
    /// The directives in execution order.
    public let steps: [ResolvedStep]
    /// The inline values of the prose, in document order.
    public let inlineSteps: [InlineStep]
    /// Errors of lines that hold no directive (they did not parse), by block index.
    public let parseErrors: [Int: [Diagnostic]]
    /// Every diagnostic of the notebook, in source order, without duplicates.
    public let diagnostics: [Diagnostic]
    /// Parameter values given from outside the `param` lines: front matter, then `--param`.
    public let overrides: [String: Value]
    /// Every parameter value in force after the notebook's `param` lines, by name.
    public let parameters: [String: Value]
    /// The notebook's parameter names: front-matter params and `param` keys, sorted.
    public let parameterNames: [String]
    /// `--param` names that name no parameter of the notebook, in the order given.
    public let unknownParameters: [String]

    /// Whether any check or parse error was found.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The step that made `name` at `version`, if any.
    public func producer(of name: VersionedName) -> ResolvedStep? {
        steps.first { $0.writes.contains(name) }
    }

    /// Parses every block and checks the whole notebook against the registered specs.
    ///
    /// - Parameters:
    ///   - displayPath: how diagnostics name the file.
    ///   - parameters: `--param NAME=VALUE` overrides, in order (a later one wins).
    public static func compile(
        _ notebook: ParsedNotebook, displayPath: String, parameters: [(name: String, value: String)] = [],
        limits: WorkLimits = .standard
    ) -> CheckedProgram {
        var overrides: [String: Value] = [:]
        for (name, text) in notebook.frontMatter?.params ?? [] { overrides[name] = ParameterText.value(text) }
        for (name, text) in parameters { overrides[name] = ParameterText.argument(text) }
        var diagnostics: [Diagnostic] = []
        var directives: [Directive] = []
        var blocks: [Int] = []  // block index per directive; -1 - k for inline value k
        var parseErrors: [Int: [Diagnostic]] = [:]
        for block in notebook.blocks {
            let lines = block.code.map { SourceLine(text: $0.text, line: $0.line, column: $0.column) }
            let parsed = Parser.parse(lines, file: displayPath)
            diagnostics += parsed.diagnostics
            for diagnostic in parsed.diagnostics where diagnostic.severity == .error {
                parseErrors[block.index, default: []].append(diagnostic)
            }
            for directive in parsed.directives {
                if directive.verb.value == Parser.inlineValueVerb {
                    let misplaced = Diagnostic.error(
                        "'\(Parser.inlineValueVerb)' is written in prose, not in a lab block", under: directive.verb, in: directive.line,
                        hint: "write `{lab} METRIC(MODEL on DATA)` in a paragraph, or use expect or evaluate here")
                    diagnostics.append(misplaced)
                    parseErrors[block.index, default: []].append(misplaced)
                    continue
                }
                directives.append(directive)
                blocks.append(block.index)
            }
        }
        var inlineErrors: [Int: [Diagnostic]] = [:]
        for value in notebook.inlineValues {
            let line = SourceLine(text: value.lineText, line: value.line)
            let parsed = Parser.parseInlineValue(value.expression, column: value.expressionColumn, in: line, file: displayPath)
            diagnostics += parsed.diagnostics
            if let directive = parsed.directive {
                directives.append(directive)
                blocks.append(-1 - value.index)
            } else {
                inlineErrors[value.index] = parsed.diagnostics
            }
        }
        let order = directives.indices.sorted { directives[$0].location.line < directives[$1].location.line || (directives[$0].location.line == directives[$1].location.line && $0 < $1) }
        directives = order.map { directives[$0] }
        blocks = order.map { blocks[$0] }
        var checker = Checker(specs: DirectiveRegistry.checkerSpecs)
        checker.limits = limits
        let checked = checker.analyze(directives, parameterValues: overrides)
        diagnostics += checked.diagnostics
        let stable = StableLines(notebook)
        var steps: [ResolvedStep] = []
        var inlineSteps: [InlineStep] = []
        var ordinals: [Int: Int] = [:]
        for (resolved, block) in zip(checked.directives, blocks) {
            if block < 0 {
                let value = notebook.inlineValues[-1 - block]
                inlineSteps.append(InlineStep(value: value, resolved: resolved, position: steps.count, diagnostics: resolved.diagnostics))
                continue
            }
            let ordinal = ordinals[block, default: 0]
            ordinals[block] = ordinal + 1
            steps.append(ResolvedStep(
                block: block, step: ordinal, resolved: resolved,
                stableLine: stable.line(resolved.directive.location.line, inBlock: block)))
        }
        var names = Set((notebook.frontMatter?.params ?? []).map(\.0))
        for step in steps where step.resolved.spec?.definesParameters == true {
            for option in step.resolved.directive.options { names.insert(option.key.value) }
        }
        var seen = Set<String>()
        let unique = diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
            .filter { seen.insert($0.description).inserted }
        var unknown: [String] = []
        for (name, _) in parameters where !names.contains(name) && !unknown.contains(name) { unknown.append(name) }
        for (index, errors) in inlineErrors {
            let position = steps.firstIndex { $0.resolved.directive.location.line > notebook.inlineValues[index].line } ?? steps.count
            inlineSteps.append(InlineStep(value: notebook.inlineValues[index], resolved: nil, position: position, diagnostics: errors))
        }
        inlineSteps.sort { $0.value.index < $1.value.index }
        return CheckedProgram(
            steps: steps, inlineSteps: inlineSteps, parseErrors: parseErrors, diagnostics: unique, overrides: overrides,
            parameters: checked.parameters, parameterNames: names.sorted(), unknownParameters: unknown)
    }
}

/// Parameter values written as text (front matter, `--param`).
enum ParameterText {
    /// A `--param NAME=VALUE` value, read as the same value written in a directive
    /// (`a,b,c` a list, `3` a number, `"a b"` a string, `1..5` a range); text that is
    /// not one value (words with spaces) or a lone dotted name is read by ``value(_:)``.
    static func argument(_ text: String) -> Value {
        if let parsed = Parser.parseOptionValue(text) {
            if case .dotted = parsed { return value(text) }
            return parsed
        }
        return value(text)
    }

    /// A number when the text reads as one, otherwise a word or a string.
    static func value(_ text: String) -> Value {
        if let x = Double(text) { return .number(x, literal: text) }
        if text == "true" || text == "false" { return .identifier(text) }
        if !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { return .identifier(text) }
        return .string(text)
    }
}

/// An inline value in prose, checked as a `value` directive (the `expect` expression
/// language) and run after the ``CheckedProgram/steps`` before it.
public struct InlineStep: Sendable {
    /// Where it is and how it is formatted.
    public let value: InlineValue
    /// The resolved expression; nil when it did not parse.
    public let resolved: ResolvedDirective?
    /// How many steps run before it (its place in execution order).
    public let position: Int
    /// Its parse and check diagnostics.
    public let diagnostics: [Diagnostic]

    /// Whether it has a parse or check error (it is not evaluated then).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
