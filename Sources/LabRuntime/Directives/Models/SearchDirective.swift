import LabCore
import Models

/// `search KIND max_depth=1..6 criterion=gini,entropy [seed=0] on DATA folds=5 [stratify] [seed=S] metric=f1 as NAME`:
/// scikit-learn's `GridSearchCV` — every candidate of the grid cross-validated on
/// the same folds, ranked by mean score (ties share the lower rank, the first
/// candidate in grid order wins), the best refitted on the whole data and bound to NAME.
enum SearchDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        let options = try ProcedureOptions(inv)
        guard options.kind.task == .classification else {
            throw inv.failure("search supports classifiers; \(options.kind.name) is a regressor", at: options.kindPart)
        }
        let input = try ModelSelectionData(inv, kind: options.kind, &ctx)
        let metrics = try input.metrics(options.procedure)
        guard metrics.count == 1, let metric = metrics.first else {
            throw inv.failure("search ranks by one metric, e.g. metric=f1",
                              at: options.procedure.option("metrics") ?? options.procedure.option("metric"))
        }
        let grid = try SearchGrid(options.model)
        let (folds, foldWarning) = try options.folds(classes: input.classes, rows: input.x.rows)
        let scorer = FoldScorer(kind: options.kind, data: input.data, x: input.x, classes: input.classes,
                                values: input.values, folds: folds, metrics: [metric], settingsInvocation: options.procedure)
        var scores: [[Double]] = []
        var warnings: [String] = []
        for index in grid.grid.candidates.indices {
            let (result, w) = try CrossvalDirective.fit { try scorer.scores(grid.invocation(options.model, candidate: index)) }(inv, options)
            scores.append(result.column(0))
            for message in w where !warnings.contains(message) { warnings.append(message) }
        }
        let ranking = GridSearchRanking(scores: scores)
        let bestOptions = grid.invocation(options.model, candidate: ranking.bestIndex)
        let name = inv.binding?.value.asName ?? options.kind.name
        let refit = try CrossvalDirective.fit {
            try options.kind.fit(ModelOptions(inv: bestOptions), input.x,
                                 .classes(codes: input.classes ?? [], count: input.data.classKeys.count))
        }(inv, options)
        guard case .classifier(let model) = refit else { throw inv.failure("\(options.kind.name) does not predict classes") }
        let summary = SearchSummary(metric: metric.rawValue, axes: grid.grid.axes.map(\.name),
                                    candidates: grid.grid.candidates.map { $0.map(\.value) }, ranking: ranking)
        ctx.session.bind(name, .classifier(TrainedClassifier(
            kind: options.kind.name, model: model, classKeys: input.data.classKeys, classNames: input.data.classNames,
            featureCount: input.x.columns, trainedOn: input.data.name, search: summary)))
        records(summary, scores: scores, inv: inv, name: name, data: input.data.name, ctx: &ctx)
        let best = grid.grid.candidates[ranking.bestIndex].map { "\(SearchGrid.optionName($0.name))=\($0.value)" }
        var outputs: [Output] = [.table(table(summary, data: input.data.name, folds: try options.foldsDescription()))]
        outputs.append(.text("Best of \(grid.grid.count) candidates: `\(best.joined(separator: " "))`, mean \(metric.rawValue) "
            + "\(NumberText.fixed(ranking.means[ranking.bestIndex], digits: 4)); refitted on `\(input.data.name)` as `\(name)`."))
        outputs += ([foldWarning].compactMap { $0 } + warnings).map { Output.warning("\(name): \($0)") }
        return outputs
    }

    /// The grid as `cv_results_`: parameters, mean and std of the test score, rank.
    static func table(_ s: SearchSummary, data: String, folds: String) -> ResultTable {
        let rows = s.candidates.indices.map { c in
            s.candidates[c] + [NumberText.fixed(s.ranking.means[c], digits: 4), NumberText.fixed(s.ranking.stds[c], digits: 4),
                               String(s.ranking.ranks[c])]
        }
        return ResultTable(caption: "Grid search on \(data) (\(folds)), ranked by mean \(s.metric)",
                           header: s.axes.map(SearchGrid.optionName) + ["mean \(s.metric)", "std", "rank"], rows: rows)
    }

    /// One record per candidate (its fold scores, mean, std, rank) and one for the best.
    static func records(_ s: SearchSummary, scores: [[Double]], inv: Invocation, name: String, data: String,
                        ctx: inout ExecutionContext) {
        func params(_ c: Int) -> JSONValue {
            .object(zip(s.axes, s.candidates[c]).map { key, value in
                (key, Double(value).map(JSONValue.number) ?? .string(value))
            })
        }
        for c in s.candidates.indices {
            ctx.records.append(ResultRecord(
                line: inv.line, directive: "search", model: name, data: data, metric: s.metric,
                qualifiers: [("params", params(c))],
                fields: [("scores", .numbers(scores[c])), ("mean", .number(s.ranking.means[c])),
                         ("std", .number(s.ranking.stds[c])), ("rank", .number(Double(s.ranking.ranks[c])))]))
        }
        ctx.records.append(ResultRecord(
            line: inv.line, directive: "search", model: name, data: data, metric: s.metric,
            fields: [("best_params", params(s.ranking.bestIndex)), ("best_score", .number(s.ranking.means[s.ranking.bestIndex]))]))
    }
}

/// What a grid search found, kept with the refitted model for `plot search`.
struct SearchSummary {
    var metric: String
    /// scikit-learn parameter names of the axes, sorted.
    var axes: [String]
    /// Each candidate's values, aligned with `axes`.
    var candidates: [[String]]
    var ranking: GridSearchRanking
}
