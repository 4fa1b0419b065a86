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
    /// Accepted `key=value` options, in the order they are listed in messages.
    public var options: [OptionSpec]
    /// Bare words that switch something on, e.g. `stratify` for `split`.
    public var flags: [String]
    /// Whether and how the directive binds a name.
    public var binding: BindingRule
    /// When true, every option is free-form and defines a `$parameter` (the `param` directive).
    public var definesParameters: Bool
    /// A clause keyword (`on`) that splits the options in two: the same option may be
    /// written once before it and once after it (`crossval tree seed=0 on d seed=1`).
    public var optionsSplitBy: String?

    /// Creates a spec.
    public init(
        name: String, summary: String, usage: String, positional: [SlotSpec] = [],
        clauses: [String: SlotSpec] = [:], options: [OptionSpec] = [], flags: [String] = [],
        binding: BindingRule = .none, definesParameters: Bool = false, optionsSplitBy: String? = nil
    ) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.positional = positional
        self.clauses = clauses
        self.options = options
        self.flags = flags
        self.binding = binding
        self.definesParameters = definesParameters
        self.optionsSplitBy = optionsSplitBy
    }

    /// The option spec named `name`, if accepted.
    public func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
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

    /// Creates an option spec.
    public init(_ name: String, _ type: ValueType, summary: String = "") {
        self.name = name
        self.type = type
        self.summary = summary
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
