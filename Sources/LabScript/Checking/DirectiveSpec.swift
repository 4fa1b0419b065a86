/// What a directive accepts, registered by the runtime and used by the ``Checker``.
public struct DirectiveSpec: Sendable {
    /// The verb, e.g. `train`.
    public var name: String
    /// One-line description for `--help` and the README.
    public var summary: String
    /// Usage line, e.g. `train MODEL [options] on DATA [as NAME]`.
    public var usage: String
    /// Positional slots, filled in order by the comma-separated groups that are not flags.
    public var positional: [SlotSpec]
    /// Clause slots by keyword (`on`, `with`, `to`).
    public var clauses: [String: SlotSpec]
    /// Accepted `key=value` options common to every kind, in the order they are listed
    /// in messages. Flags are boolean options marked ``OptionSpec/isFlag``: `stratify`
    /// written bare means `stratify=true`.
    public var options: [OptionSpec]
    /// Kinds selected by one slot's word, each with its own options (`train tree`, `plot roc`).
    public var variants: VariantSpec?
    /// Whether and how the directive binds a name.
    public var binding: BindingRule
    /// Which name, if any, the directive changes in place (a write that makes a new version).
    public var updates: InPlaceUpdate
    /// When true, every option is free-form and defines a `$parameter` (the `param` directive).
    public var definesParameters: Bool
    /// A clause keyword (`on`) that splits the options in two: the same option may be
    /// written once before it and once after it (`crossval tree seed=0 on d seed=1`).
    public var optionsSplitBy: String?

    /// Creates a spec.
    ///
    /// - Parameters:
    ///   - flags: bare words that switch something on; each becomes a boolean option
    ///     (an existing option of that name is marked as a flag), so `stratify` and
    ///     `stratify=true` mean the same.
    ///   - variants: per-kind options, for directives whose first word picks a kind.
    ///   - updates: the slot whose dataset the directive changes in place.
    public init(
        name: String, summary: String, usage: String, positional: [SlotSpec] = [],
        clauses: [String: SlotSpec] = [:], options: [OptionSpec] = [], flags: [String] = [],
        variants: VariantSpec? = nil, binding: BindingRule = .none, updates: InPlaceUpdate = .none,
        definesParameters: Bool = false, optionsSplitBy: String? = nil
    ) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.positional = positional
        self.clauses = clauses
        self.options = OptionSpec.markingFlags(flags, in: options)
        self.variants = variants
        self.binding = binding
        self.updates = updates
        self.definesParameters = definesParameters
        self.optionsSplitBy = optionsSplitBy
    }

    /// The names of the common flags (boolean options that may be written bare).
    public var flags: [String] { options.filter(\.isFlag).map(\.name) }

    /// The common option spec named `name`, if accepted.
    public func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// The options valid for `kind`: the common ones, then the kind's own. When the
    /// kind is nil or unknown, the options of every kind (first spec of each name).
    public func options(forKind kind: String?) -> [OptionSpec] {
        guard let variants else { return options }
        if let kind, let spec = variants.kind(kind) { return options + spec.options }
        var seen = Set(options.map(\.name))
        var all = options
        for spec in variants.kinds { for option in spec.options where seen.insert(option.name).inserted { all.append(option) } }
        return all
    }

    /// The one rule for flags: a positional group is a flag when it is a single bare
    /// word naming a flag of the directive (or of its kind) and it comes after the
    /// first positional value (so `split stratify` still reads `stratify` as the data).
    public func isFlag(_ group: [Located<Value>], position: Int, kind: String?) -> Bool {
        guard group.count == 1, let word = group[0].value.asName, position > 0 || positional.isEmpty else { return false }
        return options(forKind: kind).contains { $0.isFlag && $0.name == word }
    }
}

/// A positional or clause slot.
public struct SlotSpec: Sendable, Equatable {
    /// The slot's name, used as the key in ``ResolvedDirective/arguments`` and in messages.
    public var name: String
    /// What the slot's values must be.
    public var kind: SlotKind
    /// Whether several comma-separated values are accepted (`evaluate dummy, tree`).
    public var allowsList: Bool
    /// Whether omitting it is an error.
    public var required: Bool

    /// Creates a slot spec.
    public init(_ name: String, kind: SlotKind, allowsList: Bool = false, required: Bool = true) {
        self.name = name
        self.kind = kind
        self.allowsList = allowsList
        self.required = required
    }
}

/// What a slot accepts.
public enum SlotKind: Sendable, Equatable {
    /// A bound name (`tree`) or a dotted name whose base is bound (`digits.test`).
    case reference
    /// A bare word; when `choices` is given it must be one of them (`roc`, `tree`).
    case literal(choices: [String]?)
    /// A dataset name (`digits`) or a path string (`"data/x.csv"`); not checked for binding.
    case source
    /// Any value.
    case any
}

/// A `key=value` option a directive accepts.
public struct OptionSpec: Sendable, Equatable {
    /// The key.
    public var name: String
    /// The type its value must have.
    public var type: ValueType
    /// One-line description.
    public var summary: String
    /// Whether the option may be written as a bare word meaning `true` (a flag).
    public var isFlag: Bool
    /// The values it accepts (every number of it, both ends of a range); nil for
    /// options that are not numbers. Every integer option has bounds, checked with
    /// the program (`option 'rows' must be in 0...10000000, got -1`).
    public var bounds: OptionBounds?

    /// Creates an option spec.
    ///
    /// - Parameter bounds: the allowed values: ``OptionBounds/fixed(_:)`` for a range
    ///   that belongs to the option's meaning, ``OptionBounds/work(lower:_:)`` for one
    ///   that scales work (its top is the run's ``WorkLimits``).
    public init(_ name: String, _ type: ValueType, bounds: OptionBounds? = nil, summary: String = "", isFlag: Bool = false) {
        self.name = name
        self.type = type
        self.bounds = bounds
        self.summary = summary
        self.isFlag = isFlag
    }

    /// A flag: a boolean option that may be written bare (`stratify` = `stratify=true`).
    public static func flag(_ name: String, summary: String = "") -> OptionSpec {
        OptionSpec(name, .bool, summary: summary, isFlag: true)
    }

    /// `options` with the named flags marked (and added as boolean options when missing).
    static func markingFlags(_ flags: [String], in options: [OptionSpec]) -> [OptionSpec] {
        var result = options
        for flag in flags {
            if let index = result.firstIndex(where: { $0.name == flag }) {
                result[index].isFlag = true
            } else {
                result.append(.flag(flag))
            }
        }
        return result
    }
}

/// Whether a directive binds a name.
public enum BindingRule: Sendable, Equatable {
    /// Never binds; `as NAME` is an error.
    case none
    /// Must be written with `as NAME`.
    case required
    /// `as NAME` is optional; without it the name comes from the positional slot at
    /// the given index (`load digits` binds `digits`, `load "data/x.csv"` binds `x`,
    /// `train tree` binds `tree`), or nothing is bound when the index is nil.
    case optional(defaultFromPositional: Int?)
}
