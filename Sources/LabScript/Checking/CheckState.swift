/// The checker's running state while walking the directives in order.
struct CheckState {
    let specs: [String: DirectiveSpec]
    let predefined: Set<String>
    /// Names bound so far → line of the binding.
    var bound: [String: Int] = [:]
    /// Parameters defined so far → their value when known.
    var parameters: [String: Value?] = [:]
    /// Where each parameter was defined (0 for parameters from outside the notebook).
    var parameterLines: [String: Int] = [:]
    /// The first line binding each name anywhere in the input (for "used before bound").
    var firstBinding: [String: Int] = [:]
    /// The first line defining each parameter anywhere in the input.
    var firstParameter: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []
    /// Bounds on options that scale work.
    var limits: WorkLimits = .standard
    /// How many times each name has been written so far (its current version).
    var versions: [String: Int] = [:]
    /// Parameters given from outside (front matter, `--param`): `param` lines do not replace them.
    var overridden: Set<String> = []
    /// The names the directive being visited reads, in order.
    var currentReads: [VersionedName] = []

    init(specs: [String: DirectiveSpec], predefined: Set<String>) {
        self.specs = specs
        self.predefined = predefined
    }

    /// Records where every name and parameter is first bound, without reporting anything.
    mutating func prescan(_ directives: [Directive]) {
        for directive in directives {
            guard let spec = specs[directive.verb.value] else {
                if let name = directive.binding { firstBinding[name.value] = firstBinding[name.value] ?? name.line }
                continue
            }
            if spec.definesParameters {
                for option in directive.options where firstParameter[option.key.value] == nil {
                    firstParameter[option.key.value] = option.key.line
                }
            }
            if let name = CheckState.bindingName(directive, spec: spec) {
                firstBinding[name.value] = firstBinding[name.value] ?? name.line
            }
        }
    }

    /// The explicit binding, or the default one the spec derives from a positional value.
    static func bindingName(_ directive: Directive, spec: DirectiveSpec) -> Located<String>? {
        if let binding = directive.binding { return binding }
        guard case let .optional(slot?) = spec.binding else { return nil }
        var position = 0
        var kind: String? = nil
        for group in directive.groups {
            if spec.isFlag(group.value, position: position, kind: kind) { continue }
            if position == slot { return group.value.first.flatMap(defaultName) }
            if position < spec.positional.count, spec.variants?.slot == spec.positional[position].name {
                kind = group.value.first?.value.asName
            }
            position += 1
        }
        return nil
    }

    /// `tree` → `tree`; `"data/reviews.jsonl"` → `reviews`; `rt.train` → `rt_train`.
    static func defaultName(_ value: Located<Value>) -> Located<String>? {
        let name: String
        switch value.value {
        case let .identifier(word): name = word
        case let .dotted(parts): name = parts.joined(separator: "_")
        case let .string(path):
            let file = path.split(separator: "/").last.map(String.init) ?? path
            let stem = file.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? file
            var cleaned = String(stem.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
            if cleaned.first?.isNumber == true { cleaned = "_" + cleaned }
            name = cleaned
        default: return nil
        }
        return name.isEmpty ? nil : value.map { _ in name }
    }

    /// Records an error on `line`.
    mutating func error<T>(_ message: String, under located: Located<T>, in line: SourceLine, hint: String? = nil) {
        diagnostics.append(.error(message, under: located, in: line, hint: hint))
    }

    /// Records an error at the end of `directive` (for something missing).
    mutating func errorAtEnd(_ message: String, of directive: Directive, hint: String? = nil) {
        diagnostics.append(.error(message, at: directive.end.advanced(by: 1), in: directive.line, hint: hint))
    }
}
