/// One piece of a post-processing template: a special token or a placeholder for a sequence.
enum TemplatePiece: Equatable, Sendable {
    /// Special token ids (usually one) with their strings and segment id.
    case special(ids: [Int32], tokens: [String], typeID: Int32)
    /// The first (`A`) or second (`B`) text's tokens, with their segment id.
    case sequence(second: Bool, typeID: Int32)
}

/// The special tokens added around single texts and pairs (`[CLS] A [SEP]`, `[CLS] A [SEP] B [SEP]`).
struct PostProcessor: Equatable, Sendable {
    /// Template for one text.
    var single: [TemplatePiece]
    /// Template for a text pair.
    var pair: [TemplatePiece]

    /// A processor that adds nothing.
    static let none = PostProcessor(single: [.sequence(second: false, typeID: 0)],
                                    pair: [.sequence(second: false, typeID: 0), .sequence(second: true, typeID: 1)])

    /// BERT's processor: `[CLS] A [SEP]` and `[CLS] A [SEP] B [SEP]` with segment ids 0 / 1.
    static func bert(cls: (Int32, String), sep: (Int32, String)) -> PostProcessor {
        let c = TemplatePiece.special(ids: [cls.0], tokens: [cls.1], typeID: 0)
        let s0 = TemplatePiece.special(ids: [sep.0], tokens: [sep.1], typeID: 0)
        let s1 = TemplatePiece.special(ids: [sep.0], tokens: [sep.1], typeID: 1)
        return PostProcessor(single: [c, .sequence(second: false, typeID: 0), s0],
                             pair: [c, .sequence(second: false, typeID: 0), s0, .sequence(second: true, typeID: 1), s1])
    }

    /// Number of special tokens the template adds (for truncation budgets).
    func addedCount(pair isPair: Bool) -> Int {
        (isPair ? pair : single).reduce(0) { n, piece in
            if case let .special(ids, _, _) = piece { return n + ids.count }
            return n
        }
    }
}
