/// The lines of an output region: `<!-- lab:output -->` … `<!-- /lab:output -->`.
public struct OutputRegion: Sendable, Equatable {
    /// 1-based line of the opening marker `<!-- lab:output -->`.
    public let openingLine: Int
    /// 1-based line of the closing marker `<!-- /lab:output -->` (inclusive).
    public let closingLine: Int

    /// Creates a region spanning `openingLine...closingLine`.
    public init(openingLine: Int, closingLine: Int) {
        self.openingLine = openingLine
        self.closingLine = closingLine
    }
}
