/// The switches of Hugging Face's `BertNormalizer`, applied in this order.
///
/// 1. `cleanText`: delete NUL, U+FFFD and control / format / private-use characters;
///    map every whitespace character to a space.
/// 2. `handleChineseChars`: put spaces around each CJK ideograph (so each is a word).
/// 3. `stripAccents`: canonical decomposition (NFD), then drop non-spacing marks (`Mn`).
/// 4. `lowercase`: per-character lowercase mapping (no final-sigma rule, no locale).
public struct BertNormalizerOptions: Equatable, Sendable {
    /// Remove control characters and normalise whitespace.
    public var cleanText: Bool
    /// Split CJK ideographs into one word each.
    public var handleChineseChars: Bool
    /// NFD then drop `Mn` marks.
    public var stripAccents: Bool
    /// Lowercase each character.
    public var lowercase: Bool

    /// Creates the options; `stripAccents: nil` follows `lowercase`, as in HF.
    public init(cleanText: Bool = true, handleChineseChars: Bool = true, stripAccents: Bool? = nil, lowercase: Bool = true) {
        self.cleanText = cleanText
        self.handleChineseChars = handleChineseChars
        self.stripAccents = stripAccents ?? lowercase
        self.lowercase = lowercase
    }
}
