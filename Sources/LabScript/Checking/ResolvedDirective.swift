/// A directive matched against its spec: slots by name, flags separated from
/// positional values, options by key and the effective binding.
public struct ResolvedDirective: Sendable {
    /// The parsed directive.
    public let directive: Directive
    /// Values by slot name: positional slots and clause slots (for `expect`: `metric`, `models`, `data`).
    public let arguments: [String: Located<[Located<Value>]>]
    /// The flags written, in order.
    public let flags: [Located<String>]
    /// Options by key (the last one wins if repeated, which is also an error).
    public let options: [String: DirectiveOption]
    /// The bound name: the explicit `as NAME`, or the default from the spec's binding rule.
    public let binding: Located<String>?

    /// Creates a resolved directive.
    public init(
        directive: Directive, arguments: [String: Located<[Located<Value>]>], flags: [Located<String>],
        options: [String: DirectiveOption], binding: Located<String>?
    ) {
        self.directive = directive
        self.arguments = arguments
        self.flags = flags
        self.options = options
        self.binding = binding
    }

    /// The verb.
    public var verb: String { directive.verb.value }

    /// The values of a slot (empty if absent).
    public func values(_ slot: String) -> [Value] {
        arguments[slot]?.value.map(\.value) ?? []
    }

    /// The first value of a slot, if present.
    public func value(_ slot: String) -> Value? {
        arguments[slot]?.value.first?.value
    }

    /// An option's value (`.list` for several), if given.
    public func option(_ key: String) -> Value? {
        options[key]?.value.value
    }

    /// Whether a flag was written.
    public func hasFlag(_ flag: String) -> Bool {
        flags.contains { $0.value == flag }
    }
}

/// What the ``Checker`` found: resolved directives and diagnostics.
public struct CheckResult: Sendable {
    /// One entry per directive whose verb has a spec, in source order.
    public let directives: [ResolvedDirective]
    /// Errors and warnings, in source order.
    public let diagnostics: [Diagnostic]
    /// Parameter defaults defined by `param` directives, by name.
    public let parameters: [String: Value]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
