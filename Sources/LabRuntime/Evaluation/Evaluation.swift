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

    /// Keys named by `labels=` that are not classes of the data; they take the codes after `classKeys`.
    var absentKeys: [String] = []

    /// Class codes `0..<k`.
    var labels: [Int] { Array(classKeys.indices) }

    /// The key of a class code, including codes of absent `labels=` classes.
    func key(_ code: Int) -> String {
        code < classKeys.count ? classKeys[code] : absentKeys[code - classKeys.count]
    }

    /// The display name of a class code, including codes of absent `labels=` classes.
    func name(_ code: Int) -> String {
        code < classNames.count ? classNames[code] : absentKeys[code - classKeys.count]
    }

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
