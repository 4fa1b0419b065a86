/// The result of tokenizing one text (or text pair): ids, their tokens and masks.
public struct Encoding: Equatable, Sendable {
    /// Token ids, special tokens and padding included.
    public var ids: [Int32]
    /// The vocabulary entry of each id.
    public var tokens: [String]
    /// 1 for a real token, 0 for padding.
    public var attentionMask: [Int32]
    /// Segment of each token: 0 for the first text, 1 for the second of a pair; padding uses the pad type id.
    public var typeIDs: [Int32]

    /// Creates an encoding from parallel arrays of equal length.
    public init(ids: [Int32], tokens: [String], attentionMask: [Int32], typeIDs: [Int32]) {
        self.ids = ids
        self.tokens = tokens
        self.attentionMask = attentionMask
        self.typeIDs = typeIDs
    }

    /// Number of positions (with padding).
    public var count: Int { ids.count }
}

/// How a batch is padded (always on the right, with the tokenizer's pad token).
public enum Padding: Equatable, Sendable {
    /// No padding: each encoding keeps its own length.
    case none
    /// Pad every encoding to the longest one in the batch.
    case longest
    /// Pad every encoding to this length (longer ones are left as they are; truncate to bound them).
    case maxLength(Int)
}
