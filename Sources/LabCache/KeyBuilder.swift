import Crypto

/// Builds a `CacheKey` from labelled fields.
///
/// Every field is written as its label, its byte length and its bytes, so two
/// different field sequences can never hash the same input (no ambiguity
/// between `("ab", "c")` and `("a", "bc")`).
public struct KeyBuilder {
    private var hasher = SHA256()

    /// Starts a key for `domain` (e.g. `"step"`, `"value"`), so keys of different kinds never meet.
    public init(domain: String) {
        add("domain", domain)
    }

    /// Adds a labelled text field.
    public mutating func add(_ label: String, _ text: String) {
        add(label, bytes: Array(text.utf8))
    }

    /// Adds a labelled key (a value's or a file's digest).
    public mutating func add(_ label: String, _ key: CacheKey) {
        add(label, bytes: key.bytes)
    }

    /// Adds a labelled integer.
    public mutating func add(_ label: String, _ number: Int) {
        add(label, String(number))
    }

    /// Adds a labelled field of raw bytes.
    public mutating func add(_ label: String, bytes: [UInt8]) {
        var header = BinaryWriter()
        header.write(label)
        header.write(UInt64(bytes.count))
        hasher.update(data: header.bytes)
        hasher.update(data: bytes)
    }

    /// The key of everything added so far.
    public func finish() -> CacheKey {
        CacheKey(digest: hasher.finalize())
    }
}
