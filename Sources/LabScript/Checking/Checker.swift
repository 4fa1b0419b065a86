/// Checks parsed directives against registered specs before anything runs.
///
/// Reports unknown directives, options and flags (with did-you-mean hints),
/// wrongly typed values, missing positional values and clauses, names used
/// before they are bound, duplicate bindings, undefined `$parameters` and
/// bad `expect` forms. Names bound by earlier directives are visible to later
/// ones in the order given (pass all blocks of a notebook together).
/// Rebinding one of `predefinedNames` is allowed (it shadows it).
public struct Checker: Sendable {
    /// Specs by directive name.
    public let specs: [String: DirectiveSpec]
    /// Bounds on options that scale work (the grader may set its own).
    public var limits: WorkLimits = .standard

    /// Creates a checker; a later spec with the same name replaces an earlier one.
    public init(specs: [DirectiveSpec]) {
        var table: [String: DirectiveSpec] = [:]
        for spec in specs { table[spec.name] = spec }
        self.specs = table
    }

    /// The diagnostics for `directives`.
    ///
    /// - Parameters:
    ///   - predefinedNames: names already bound (e.g. by the session), usable without a binding.
    ///   - parameters: parameters defined outside the directives (front matter), type unknown.
    public func check(
        _ directives: [Directive], predefinedNames: Set<String> = [], parameters: Set<String> = []
    ) -> [Diagnostic] {
        analyze(directives, predefinedNames: predefinedNames, parameters: parameters).diagnostics
    }

    /// Checks and resolves `directives`.
    ///
    /// - Parameters:
    ///   - parameterValues: parameters with known values (front matter, `--param`); references
    ///     to them type-check as these values, are substituted in the resolved directives,
    ///     and win over `param` defaults of the same name.
    public func analyze(
        _ directives: [Directive], predefinedNames: Set<String> = [], parameters: Set<String> = [],
        parameterValues: [String: Value] = [:]
    ) -> CheckResult {
        var state = CheckState(specs: specs, predefined: predefinedNames)
        state.limits = limits
        for name in parameters { state.parameters[name] = .some(nil) }
        for (name, value) in parameterValues { state.parameters[name] = .some(value) }
        state.overridden = Set(parameterValues.keys).union(parameters)
        state.prescan(directives)
        let resolved = directives.map { state.visit($0) }
        return CheckResult(
            directives: resolved, diagnostics: state.diagnostics,
            parameters: state.parameters.compactMapValues { $0 })
    }

    /// Parses `lines` and checks the result: parse and check diagnostics merged in source order.
    public func parseAndCheck(
        _ lines: [SourceLine], file: String, predefinedNames: Set<String> = [],
        parameters: Set<String> = [], parameterValues: [String: Value] = [:]
    ) -> CheckResult {
        let parsed = Parser.parse(lines, file: file)
        let checked = analyze(
            parsed.directives, predefinedNames: predefinedNames, parameters: parameters,
            parameterValues: parameterValues)
        let merged = (parsed.diagnostics + checked.diagnostics).enumerated().sorted {
            let (a, b) = ($0.element.location, $1.element.location)
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            return $0.offset < $1.offset
        }.map(\.element)
        return CheckResult(directives: checked.directives, diagnostics: merged, parameters: checked.parameters)
    }
}
