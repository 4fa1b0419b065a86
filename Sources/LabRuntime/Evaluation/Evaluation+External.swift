import LabCore
import Models

extension Evaluation {
    /// Predictions stored as columns of a loaded table: `truth=`, and `score=`
    /// (positive-class score) and/or `pred=` (hard labels). Regression when
    /// `regression` is set (truth and pred numeric).
    static func external(_ data: Dataset, inv: Invocation, regression: Bool) throws -> Evaluation {
        guard let truthName = try inv.text("truth") else {
            throw inv.failure("evaluating a dataset needs truth=COLUMN and score=COLUMN or pred=COLUMN")
        }
        let truthColumn = try column(truthName, "truth", data, inv)
        let predColumn = try inv.text("pred").map { try column($0, "pred", data, inv) }
        let scoreColumns = try (inv.words("score") ?? []).map { try column($0, "score", data, inv) }
        let scoreColumn = scoreColumns.count == 1 ? scoreColumns.first : nil
        if regression {
            guard case .numbers(let truth) = truthColumn.values, let predColumn, case .numbers(let pred) = predColumn.values else {
                throw inv.failure("regression metrics need numeric truth= and pred= columns")
            }
            return Evaluation(model: data.name, data: data.name, kind: .regression(truth: truth, predicted: pred))
        }
        guard predColumn != nil || !scoreColumns.isEmpty else {
            throw inv.failure("name the predictions: score=COLUMN (scores of the positive class) or pred=COLUMN (labels)")
        }
        let n = data.rowCount
        let truthKeys = (0..<n).map { truthColumn.values.text(at: $0) }
        let predKeys = predColumn.map { c in (0..<n).map { c.values.text(at: $0) } }
        let keys = Dataset(name: "", table: DataTable(columns: [Column(name: "k", values: keyValues(truthKeys + (predKeys ?? []), numeric: truthColumn))], rowCount: truthKeys.count + (predKeys?.count ?? 0)), targetColumn: "k").classKeys
        var index: [String: Int] = [:]
        for (k, key) in keys.enumerated() { index[key] = k }
        let truth = truthKeys.map { index[$0] ?? 0 }
        var scores: Matrix? = nil
        var scoreKind: ScoreKind? = nil
        if scoreColumns.count > 1 {
            guard scoreColumns.count == keys.count else {
                throw inv.failure("score= lists \(scoreColumns.count) columns but the truth has \(keys.count) classes; give one probability column per class, in class order", at: inv.option("score"))
            }
            var m = Matrix(rows: n, columns: keys.count)
            for (k, c) in scoreColumns.enumerated() {
                guard case .numbers(let v) = c.values else {
                    throw inv.failure("the score column '\(c.name)' must hold numbers", at: inv.option("score"))
                }
                for i in 0..<n { m[i, k] = v[i] }
            }
            scores = m
            scoreKind = .probability
        } else if let scoreColumn {
            guard case .numbers(let s) = scoreColumn.values else {
                throw inv.failure("the score column '\(scoreColumn.name)' must hold numbers", at: inv.option("score"))
            }
            guard keys.count == 2 else {
                throw inv.failure("score= needs a binary truth column; '\(truthColumn.name)' has \(keys.count) classes", at: inv.option("score"))
            }
            let positive = try positiveCode(inv, keys)
            let probability = s.allSatisfy { $0 >= 0 && $0 <= 1 }
            var m = Matrix(rows: n, columns: 2)
            for i in 0..<n {
                m[i, positive] = s[i]
                m[i, 1 - positive] = probability ? 1 - s[i] : -s[i]
            }
            scores = m
            scoreKind = probability ? .probability : .decision
        }
        let predicted: [Int]
        if let predKeys {
            predicted = predKeys.map { index[$0] ?? 0 }
        } else if let scores, scores.columns > 2 {
            predicted = (0..<n).map { i in (0..<scores.columns).max { scores[i, $0] < scores[i, $1] || (scores[i, $0] == scores[i, $1] && $0 > $1) } ?? 0 }
        } else if let scores {
            let threshold = try inv.double("threshold") ?? (scoreKind == .probability ? 0.5 : 0)
            let positive = try positiveCode(inv, keys)
            predicted = (0..<n).map { scores[$0, positive] > threshold ? positive : 1 - positive }
        } else {
            predicted = truth
        }
        return Evaluation(model: data.name, data: data.name,
                          kind: .classification(truth: truth, predicted: predicted, scores: scores, scoreKind: scoreKind),
                          classKeys: keys, classNames: keys)
    }

    private static func column(_ name: String, _ option: String, _ data: Dataset, _ inv: Invocation) throws -> Column {
        guard let c = data.table.column(named: name) else {
            throw inv.failure("'\(data.name)' has no column '\(name)' (columns: \(data.table.columnNames.joined(separator: ", ")))", at: inv.option(option))
        }
        return c
    }

    private static func keyValues(_ keys: [String], numeric: Column) -> ColumnValues {
        if case .numbers = numeric.values, keys.allSatisfy({ Double($0) != nil }) { return .numbers(keys.compactMap { Double($0) }) }
        return .texts(keys)
    }

    private static func positiveCode(_ inv: Invocation, _ keys: [String]) throws -> Int {
        guard let word = try inv.text("pos_label") else { return 1 }
        if let k = keys.firstIndex(of: word) ?? (Double(word).flatMap { x in keys.firstIndex { Double($0) == x } }) { return k }
        throw inv.failure("pos_label=\(word) is not among the truth values (\(keys.joined(separator: ", ")))", at: inv.option("pos_label"))
    }
}
