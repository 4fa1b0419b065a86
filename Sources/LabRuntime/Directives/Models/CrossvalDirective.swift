import LabCore
import Models

/// `crossval KIND [model options] on DATA folds=5 [stratify] [seed=S] metrics=…`:
/// scikit-learn's `cross_validate` with `KFold` / `StratifiedKFold(shuffle=seed given,
/// random_state=seed)`: a table of fold scores with their mean and standard deviation.
enum CrossvalDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        let options = try ProcedureOptions(inv)
        let input = try ModelSelectionData(inv, kind: options.kind, &ctx)
        let metrics = try input.metrics(options.procedure)
        let (folds, foldWarning) = try options.folds(classes: input.classes, rows: input.x.rows)
        let scorer = FoldScorer(kind: options.kind, data: input.data, x: input.x, classes: input.classes,
                                values: input.values, folds: folds, metrics: metrics, settingsInvocation: options.procedure)
        let (result, warnings) = try fit { try scorer.scores(options.model) }(inv, options)
        var rows: [[String]] = folds.enumerated().map { k, fold in
            [String(k + 1), String(fold.train.count), String(fold.test.count)]
                + result.scores[k].map { NumberText.fixed($0, digits: 4) }
        }
        rows.append(["mean ± std", "", ""] + metrics.indices.map {
            "\(NumberText.fixed(result.mean($0), digits: 4)) ± \(NumberText.fixed(result.std($0), digits: 4))"
        })
        for (m, metric) in metrics.enumerated() {
            ctx.records.append(ResultRecord(
                line: inv.line, directive: "crossval", model: options.kind.name, data: input.data.name, metric: metric.rawValue,
                fields: [("scores", .numbers(result.column(m))), ("mean", .number(result.mean(m))), ("std", .number(result.std(m)))]))
        }
        let settings = options.model.options.map { "\($0.key)=\($0.part.value)" }.joined(separator: ", ")
        var outputs: [Output] = [.table(ResultTable(
            caption: "Cross-validation: \(options.kind.estimator)(\(settings)) on \(input.data.name) (\(try options.foldsDescription()))",
            header: ["fold", "train rows", "test rows"] + metrics.map(\.rawValue), rows: rows))]
        outputs += ([foldWarning].compactMap { $0 } + warnings).map { Output.warning("\(options.kind.name): \($0)") }
        return outputs
    }

    /// Runs `body`, turning model and metric errors into located failures at the model kind.
    static func fit<T>(_ body: @escaping () throws -> T) -> (Invocation, ProcedureOptions) throws -> T {
        { inv, options in
            do { return try body() } catch let failure as DirectiveFailure { throw failure } catch {
                throw inv.failure("cannot cross-validate \(options.kind.name): \(error)", at: options.kindPart)
            }
        }
    }
}
