/// A directive matched against its spec: slots by name, flags separated from
/// positional values, options by key, the effective binding, and the names it
/// reads and writes. `$param` references in slots and options are replaced by
/// the parameter values known at check time (front matter, `--param`, `param`).
///
/// This is the one interpretation of a directive: the runtime executes it, the
/// cache keys on ``canonicalForm`` and on the versions in ``reads``.
public struct ResolvedDirective: Sendable {
    /// The parsed directive, as written (parameters not substituted).
    public let directive: Directive
    /// The spec it was checked against; nil when the verb is unknown.
    public let spec: DirectiveSpec?
    /// The kind picked by the spec's variant slot (`tree` in `train tree`), if any.
    public let kind: String?
    /// Values by slot name, parameters substituted: positional slots and clause slots
    /// (for `expect`: `metric`, `models`, `data`, `threshold`).
    public let arguments: [String: Located<[Located<Value>]>]
    /// The flags written, in order.
    public let flags: [Located<String>]
    /// Options as written, by key (the last one wins if repeated, which is also an error).
    public let options: [String: DirectiveOption]
    /// Option values by key with parameters substituted, each located at its value.
    public let optionValues: [String: Located<Value>]
    /// The bound name: the explicit `as NAME`, or the default from the spec's binding rule.
    public let binding: Located<String>?
    /// The names whose values the directive reads, each at the version it sees, in order.
    public let reads: [VersionedName]
    /// The names it binds or changes in place, each at the new version it makes.
    public let writes: [VersionedName]
    /// The errors and warnings the checker found on this directive.
    public let diagnostics: [Diagnostic]

    /// Creates a resolved directive.
    public init(
        directive: Directive, spec: DirectiveSpec?, kind: String? = nil,
        arguments: [String: Located<[Located<Value>]>], flags: [Located<String>],
        options: [String: DirectiveOption], optionValues: [String: Located<Value>] = [:],
        binding: Located<String>?, reads: [VersionedName] = [], writes: [VersionedName] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.directive = directive
        self.spec = spec
        self.kind = kind
        self.arguments = arguments
        self.flags = flags
        self.options = options
        self.optionValues = optionValues
        self.binding = binding
        self.reads = reads
        self.writes = writes
        self.diagnostics = diagnostics
    }

    /// The verb.
    public var verb: String { directive.verb.value }

    /// Whether the checker found an error on this directive.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The values of a slot (empty if absent).
    public func values(_ slot: String) -> [Value] {
        arguments[slot]?.value.map(\.value) ?? []
    }

    /// The first value of a slot, if present.
    public func value(_ slot: String) -> Value? {
        arguments[slot]?.value.first?.value
    }

    /// An option's value (`.list` for several), parameters substituted, if given.
    public func option(_ key: String) -> Value? {
        optionValues[key]?.value ?? options[key]?.value.value
    }

    /// Whether a flag was written bare.
    public func hasFlag(_ flag: String) -> Bool {
        flags.contains { $0.value == flag }
    }

    /// A boolean option or flag: `true` for a bare flag, the value of `key=true|false`, else nil.
    public func bool(_ key: String) -> Bool? {
        if hasFlag(key) { return true }
        return option(key)?.asBool
    }

    /// The directive in one canonical line: verb, kind and slots in spec order, then
    /// options sorted by key (parameters substituted, flags as `key=true`), then the
    /// binding. It leaves out the line, the spacing and the order options were written
    /// in, so it serves as a cache-key ingredient: two directives with the same
    /// canonical form do the same thing to the same inputs.
    public var canonicalForm: String {
        var words = [verb]
        if let expectation = directive.expectation {
            let models = values("models").map(\.description).joined(separator: ",")
            let data = value("data")?.description ?? ""
            let threshold = value("threshold")?.description ?? expectation.threshold.value.description
            words.append("\(expectation.metric.value)(\(models) on \(data)) \(expectation.op.value.rawValue) \(threshold)")
        } else if let spec {
            for slot in spec.positional { if let text = slotText(slot.name) { words.append(text) } }
            for keyword in spec.clauses.keys.sorted() {
                if let slot = spec.clauses[keyword], let text = slotText(slot.name) { words.append("\(keyword) \(text)") }
            }
        } else {
            words += directive.groups.map { $0.value.map(\.value.description).joined(separator: ",") }
        }
        var settings: [String: String] = [:]
        for (key, value) in optionValues { settings[key] = value.value.description }
        for flag in flags { settings[flag.value] = "true" }
        for key in settings.keys.sorted() { words.append("\(key)=\(settings[key] ?? "")") }
        if let binding { words.append("as \(binding.value)") }
        return words.joined(separator: " ")
    }

    private func slotText(_ slot: String) -> String? {
        arguments[slot].map { $0.value.map(\.value.description).joined(separator: ",") }
    }
}

/// A name at one version: version 1 is its first binding, each later binding or
/// in-place change adds one. Version 0 means the name was never written in the
/// notebook (predefined, or unknown).
public struct VersionedName: Sendable, Hashable, CustomStringConvertible {
    /// The bound name (`digits`, never `digits.train`).
    public let name: String
    /// Which write of that name this is.
    public let version: Int

    /// Creates a versioned name.
    public init(_ name: String, version: Int) {
        self.name = name
        self.version = version
    }

    /// `digits@2`.
    public var description: String { "\(name)@\(version)" }
}

/// What the ``Checker`` found: resolved directives and diagnostics.
public struct CheckResult: Sendable {
    /// One entry per parsed directive, in source order (unknown verbs included, with
    /// a nil ``ResolvedDirective/spec``).
    public let directives: [ResolvedDirective]
    /// Errors and warnings, in source order.
    public let diagnostics: [Diagnostic]
    /// Parameter values in force, by name: `param` defaults, replaced by values
    /// given from outside (front matter, `--param`).
    public let parameters: [String: Value]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
