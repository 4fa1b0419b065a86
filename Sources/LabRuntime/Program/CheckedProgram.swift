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
/// lines that do not parse at all are in ``parseErrors``.
public struct CheckedProgram: Sendable {
    /// The directives in execution order.
    public let steps: [ResolvedStep]
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
        _ notebook: ParsedNotebook, displayPath: String, parameters: [(name: String, value: String)] = []
    ) -> CheckedProgram {
        var overrides: [String: Value] = [:]
        for (name, text) in notebook.frontMatter?.params ?? [] { overrides[name] = ParameterText.value(text) }
        for (name, text) in parameters { overrides[name] = ParameterText.value(text) }
        var diagnostics: [Diagnostic] = []
        var directives: [Directive] = []
        var blocks: [Int] = []
        var parseErrors: [Int: [Diagnostic]] = [:]
        for block in notebook.blocks {
            let lines = block.code.map { SourceLine(text: $0.text, line: $0.line, column: $0.column) }
            let parsed = Parser.parse(lines, file: displayPath)
            diagnostics += parsed.diagnostics
            for diagnostic in parsed.diagnostics where diagnostic.severity == .error {
                parseErrors[block.index, default: []].append(diagnostic)
            }
            directives += parsed.directives
            blocks += parsed.directives.map { _ in block.index }
        }
        let checker = Checker(specs: DirectiveRegistry.specs)
        let checked = checker.analyze(directives, parameterValues: overrides)
        diagnostics += checked.diagnostics
        let stable = StableLines(notebook)
        var steps: [ResolvedStep] = []
        var ordinals: [Int: Int] = [:]
        for (resolved, block) in zip(checked.directives, blocks) {
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
        return CheckedProgram(
            steps: steps, parseErrors: parseErrors, diagnostics: unique, overrides: overrides,
            parameters: checked.parameters, parameterNames: names.sorted(), unknownParameters: unknown)
    }
}

/// Parameter values written as text (front matter, `--param`).
enum ParameterText {
    /// A number when the text reads as one, otherwise a word or a string.
    static func value(_ text: String) -> Value {
        if let x = Double(text) { return .number(x, literal: text) }
        if text == "true" || text == "false" { return .identifier(text) }
        if !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { return .identifier(text) }
        return .string(text)
    }
}
