import LabCore
import Models

/// Truth and predictions of one model (or one set of external predictions) on one dataset.
struct Evaluation {
    /// What the predictions are.
    enum Kind {
        /// Class codes, names, and optionally per-class scores (`n × k`).
        case classification(truth: [Int], predicted: [Int], scores: Matrix?, scoreKind: ScoreKind?)
        /// Numbers.
        case regression(truth: [Double], predicted: [Double])
    }

    /// Row label in tables: the model or predictions name.
    var model: String
    /// The data name (`digits.test`).
    var data: String
    var kind: Kind
    /// Class keys (as in the data) and display names, in class-code order.
    var classKeys: [String] = []
    var classNames: [String] = []

    /// Class codes `0..<k`.
    var labels: [Int] { Array(classKeys.indices) }

    var isBinary: Bool { classKeys.count == 2 }

    /// The score column of class `code`, when scores exist.
    func scores(for code: Int) -> [Double]? {
        guard case .classification(_, _, let scores?, _) = kind, code < scores.columns else { return nil }
        return scores.column(code)
    }

    /// Per-row probability rows, when the scores are probabilities.
    var probabilityRows: [[Double]]? {
        guard case .classification(_, _, let scores?, .probability?) = kind else { return nil }
        return (0..<scores.rows).map(scores.row)
    }
}
