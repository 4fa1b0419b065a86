import LabScript
import Notebook

/// A notebook's directives, parsed and checked before anything runs.
struct Program {
    /// One directive to execute and the block its outputs go to.
    struct Step {
        var block: Int
        var directive: Directive
        var registered: RegisteredDirective

        /// A located diagnostic for an error thrown while running this step.
        func diagnostic(for error: Error) -> Diagnostic {
            if let failure = error as? DirectiveFailure {
                return Diagnostic(severity: .error, location: failure.location, length: failure.length,
                                  message: failure.message, hint: failure.hint,
                                  sourceLine: directive.line.text, sourceLineColumn: directive.line.column)
            }
            return Diagnostic(severity: .error, location: directive.location, length: directive.verb.length,
                              message: "\(error)", sourceLine: directive.line.text, sourceLineColumn: directive.line.column)
        }
    }

    var steps: [Step]
    /// Parameter values given outside the notebook's `param` lines.
    var overrides: [String: Value]

    /// Parses every block and checks the whole notebook; nil (with messages in
    /// `report`) when any error was found.
    static func compile(_ notebook: ParsedNotebook, displayPath: String, options: RunOptions,
                        report: inout RunReport) -> Program? {
        var overrides: [String: Value] = [:]
        for (name, text) in notebook.frontMatter?.params ?? [] { overrides[name] = ParameterText.value(text) }
        for (name, text) in options.parameters { overrides[name] = ParameterText.value(text) }
        var steps: [Step] = []
        var diagnostics: [Diagnostic] = []
        var directives: [Directive] = []
        for block in notebook.blocks {
            let lines = block.code.map { SourceLine(text: $0.text, line: $0.line, column: $0.column) }
            let parsed = Parser.parse(lines, file: displayPath)
            diagnostics += parsed.diagnostics
            for directive in parsed.directives {
                directives.append(directive)
                if let registered = DirectiveRegistry.byName[directive.verb.value] {
                    steps.append(Step(block: block.index, directive: directive, registered: registered))
                }
            }
        }
        var checker = Checker(specs: DirectiveRegistry.specs)
        checker.limits = options.workLimits
        diagnostics += checker.check(directives, predefinedNames: [], parameters: Set(overrides.keys))
        diagnostics.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        var seen = Set<String>()
        for diagnostic in diagnostics where seen.insert(diagnostic.description).inserted {
            report.messages.append(diagnostic.description)
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        return Program(steps: steps, overrides: overrides)
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
