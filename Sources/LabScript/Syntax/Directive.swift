/// One parsed directive line: `VERB element* (as NAME)?`, or an `expect` line.
///
/// Elements keep their source order inside each kind: positional `groups`
/// (comma-separated value lists), `clauses` (`on`/`with`/`to` lists) and
/// `options` (`key=value`). Which groups are flags and which fill positional
/// slots is decided by the ``Checker`` against a ``DirectiveSpec``.
public struct Directive: Sendable {
    /// The directive name, e.g. `train`.
    public let verb: Located<String>
    /// Positional value lists in order, e.g. `plot roc tree, forest` → `[roc]`, `[tree, forest]`.
    public let groups: [Located<[Located<Value>]>]
    /// `on` / `with` / `to` clauses in source order (each keyword at most once).
    public let clauses: [Clause]
    /// `key=value` options in source order.
    public let options: [DirectiveOption]
    /// The name after `as`, if written.
    public let binding: Located<String>?
    /// The parsed `expect METRIC(MODELS on DATA) OP VALUE` form; nil for other verbs.
    public let expectation: Expectation?
    /// The source line the directive was parsed from.
    public let line: SourceLine
    /// Length in bytes from the verb to the end of the last token.
    public let length: Int

    /// Creates a directive (the parser does this; tests and tools may too).
    public init(
        verb: Located<String>, groups: [Located<[Located<Value>]>] = [], clauses: [Clause] = [],
        options: [DirectiveOption] = [], binding: Located<String>? = nil, expectation: Expectation? = nil,
        line: SourceLine, length: Int
    ) {
        self.verb = verb
        self.groups = groups
        self.clauses = clauses
        self.options = options
        self.binding = binding
        self.expectation = expectation
        self.line = line
        self.length = length
    }

    /// Where the verb starts (the directive's location).
    public var location: SourceLocation { verb.location }

    /// The location one past the last token (for "missing …" diagnostics).
    public var end: SourceLocation { location.advanced(by: length) }

    /// The clause introduced by `keyword` (`on`, `with`, `to`), if present.
    public func clause(_ keyword: String) -> Clause? {
        clauses.first { $0.keyword.value == keyword }
    }

    /// The last option named `key`, if present.
    public func option(_ key: String) -> DirectiveOption? {
        options.last { $0.key.value == key }
    }
}

/// `on a, b` / `with tfidf` / `to "models/ft"`.
public struct Clause: Sendable {
    /// The keyword: `on`, `with` or `to`.
    public let keyword: Located<String>
    /// The comma-separated values after it, spanning the whole list.
    public let values: Located<[Located<Value>]>

    /// Creates a clause.
    public init(keyword: Located<String>, values: Located<[Located<Value>]>) {
        self.keyword = keyword
        self.values = values
    }
}

/// `key=value` or `key=a,b,c`.
public struct DirectiveOption: Sendable {
    /// The option name.
    public let key: Located<String>
    /// The values as written, each with its location.
    public let values: [Located<Value>]

    /// Creates an option; `values` must not be empty.
    public init(key: Located<String>, values: [Located<Value>]) {
        self.key = key
        self.values = values
    }

    /// The single value, or `.list` of all values, spanning them all.
    public var value: Located<Value> {
        guard let first = values.first, let last = values.last else {
            return Located(.list([]), at: key.location, length: key.length)
        }
        if values.count == 1 { return first }
        return Located(.list(values.map(\.value)), at: first.location, length: last.endColumn - first.location.column)
    }

    /// The whole `key=value` span.
    public var span: (location: SourceLocation, length: Int) {
        (key.location, (values.last?.endColumn ?? key.endColumn) - key.location.column)
    }
}

/// A comparison in an `expect` directive.
public enum ComparisonOperator: String, Sendable, Equatable, CaseIterable {
    /// `>=`
    case greaterOrEqual = ">="
    /// `>`
    case greater = ">"
    /// `<=`
    case lessOrEqual = "<="
    /// `<`
    case less = "<"
    /// `==` (exact; compare measured values with a tolerance in the runtime if needed)
    case equal = "=="

    /// Whether `lhs OP rhs` holds.
    public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        switch self {
        case .greaterOrEqual: return lhs >= rhs
        case .greater: return lhs > rhs
        case .lessOrEqual: return lhs <= rhs
        case .less: return lhs < rhs
        case .equal: return lhs == rhs
        }
    }
}

/// `expect accuracy(tree, forest on digits.test) >= 0.85 points=2`.
public struct Expectation: Sendable {
    /// The metric name, e.g. `accuracy`.
    public let metric: Located<String>
    /// The models (or prediction sets) inside the parentheses.
    public let models: [Located<String>]
    /// The data after `on`, as name components: `digits.test` → `["digits", "test"]`.
    public let data: Located<[String]>
    /// The comparison.
    public let op: Located<ComparisonOperator>
    /// The threshold: a number or a `$param` reference.
    public let threshold: Located<Value>

    /// Creates an expectation.
    public init(
        metric: Located<String>, models: [Located<String>], data: Located<[String]>,
        op: Located<ComparisonOperator>, threshold: Located<Value>
    ) {
        self.metric = metric
        self.models = models
        self.data = data
        self.op = op
        self.threshold = threshold
    }
}
