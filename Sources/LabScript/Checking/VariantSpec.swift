/// Kinds of a directive picked by one of its slots (`train tree`, `plot roc`,
/// `tokenize … with tfidf`), each with the options that apply to it.
///
/// The checker accepts only the common options plus the chosen kind's, so
/// `train tree C=1` is an error that lists the options of `tree` alone.
public struct VariantSpec: Sendable, Equatable {
    /// The name of the positional or clause slot whose word picks the kind.
    public var slot: String
    /// The kinds, in the order they are listed.
    public var kinds: [KindSpec]
    /// The kind in force when the slot is left out (`tokenize rt` is WordPiece).
    public var defaultKind: String?

    /// Creates a variant spec.
    public init(slot: String, kinds: [KindSpec], defaultKind: String? = nil) {
        self.slot = slot
        self.kinds = kinds
        self.defaultKind = defaultKind
    }

    /// The kind named `name`, if any.
    public func kind(_ name: String) -> KindSpec? {
        kinds.first { $0.name == name }
    }

    /// The kinds that accept an option named `option`, in order.
    public func kinds(accepting option: String) -> [String] {
        kinds.filter { $0.options.contains { $0.name == option } }.map(\.name)
    }
}

/// One kind of a directive and its own options.
public struct KindSpec: Sendable, Equatable {
    /// The word that picks it (`tree`).
    public var name: String
    /// One-line description for the reference.
    public var summary: String
    /// The options only this kind accepts (flags marked with ``OptionSpec/isFlag``).
    public var options: [OptionSpec]

    /// Creates a kind spec.
    public init(_ name: String, summary: String = "", options: [OptionSpec] = []) {
        self.name = name
        self.summary = summary
        self.options = options
    }
}

/// Which existing name a directive changes in place. Such an update is a write:
/// after `relabel digits …` the name `digits` refers to a new version.
public enum InPlaceUpdate: Sendable, Equatable {
    /// Changes no existing name.
    case none
    /// Changes the dataset named in the given slot (`relabel`, `split`).
    case slot(String)
    /// Changes the dataset named in the given slot unless the result is bound with
    /// `as NAME` (`scale digits` updates `digits`; `scale digits as scaled` does not).
    case slotUnlessBound(String)
}
