import LabCore
import Metrics
import Plot

/// `plot KIND …`: draws a chart into the block's output as an SVG figure.
///
/// Kinds: `roc`, `pr`, `thresholds`, `confusion` (models on data); `bars`,
/// `image`, `line`, `scatter` (a dataset); `loss` / `history` (a model trained
/// iteratively); `search` (a model refitted by `search`).
enum PlotDirective {
    static var kinds: [String] { PlotDirectiveSpecs.kinds.map(\.name) }

    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let kindPart = inv.slot("kind"), let kind = kindPart.value.asName else {
            throw inv.failure("plot needs a kind: \(kinds.joined(separator: ", "))")
        }
        let figure: Figure
        let nameWords: [String]
        switch kind {
        case "roc", "pr", "thresholds", "confusion":
            let (evaluations, dataName) = try CurvePlots.evaluations(inv, &ctx)
            figure = try CurvePlots.draw(kind, evaluations, dataName: dataName, inv: inv)
            nameWords = [kind] + evaluations.map(\.model) + [dataName]
        case "bars", "image", "line", "scatter":
            guard let (path, part) = try inv.names("what").first else {
                throw inv.failure("plot \(kind) needs a dataset, e.g. plot \(kind) digits", at: kindPart)
            }
            if kind == "scatter" || kind == "line", case .predictions(let set)? = ctx.session.lookup(path) {
                for key in ["x", "y"] {
                    if let part = inv.option(key) {
                        throw inv.failure("\(key)= names a column of a dataset; '\(path.joined(separator: "."))' holds predictions, plotted as predicted against actual values",
                                          at: part, hint: "remove x= and y=, or plot the columns of a dataset")
                    }
                }
                figure = try DataPlots.predicted(set.evaluation, line: kind == "line", inv: inv, at: part)
                return [.figure(FigureOutput(name: FigureOutput.stem([kind] + path + [set.data]), svg: try sized(figure, inv).svg, altText: figure.altText))]
            }
            let data = try ctx.dataset(path, in: inv, at: part)
            figure = try DataPlots.draw(kind, data, inv: inv, at: part)
            nameWords = [kind, data.name] + (try inv.int("index").map { ["\($0)"] } ?? [])
        case "loss", "history":
            guard let (path, part) = try inv.names("what").first else { throw inv.failure("plot \(kind) needs a model", at: kindPart) }
            let name = path.joined(separator: ".")
            guard case .classifier(let trained)? = ctx.session.lookup(path), let history = trained.history else {
                throw inv.failure("'\(name)' has no per-epoch training history to plot", at: part,
                                  hint: "loss curves come from models trained in epochs, e.g. train sgd epochs=20 on DATA.train validate=DATA.validation")
            }
            var series = [Series(label: "training loss", x: history.epochs.map { Double($0.epoch) }, y: history.epochs.map(\.trainingLoss))]
            let validation = history.epochs.compactMap(\.validationLoss)
            if validation.count == history.epochs.count {
                series.append(Series(label: "validation loss", x: history.epochs.map { Double($0.epoch) }, y: validation))
            }
            figure = Chart.history(series, xLabel: "Epoch", yLabel: "Log loss", title: try inv.text("title") ?? "Loss per epoch: \(name)")
            nameWords = [kind, name]
        case "search":
            guard let (path, part) = try inv.names("what").first else { throw inv.failure("plot search needs a model", at: kindPart) }
            let name = path.joined(separator: ".")
            guard case .classifier(let trained)? = ctx.session.lookup(path), let summary = trained.search else {
                throw inv.failure("'\(name)' was not made by search", at: part,
                                  hint: "plot search draws a grid search, e.g. search tree max_depth=1..6 on DATA.train folds=5 as best")
            }
            figure = SearchPlot.draw(summary, name: name, title: try inv.text("title"))
            nameWords = [kind, name]
        default:
            throw inv.failure("unknown plot kind '\(kind)'", at: kindPart, hint: TrainDirective.suggestionHint(kind, kinds))
        }
        return [.figure(FigureOutput(name: FigureOutput.stem(nameWords), svg: try sized(figure, inv).svg, altText: figure.altText))]
    }

    /// The figure at the `width=` / `height=` the directive asks for (their bounds,
    /// 16 pixels up to the run's ``WorkLimits/maxPixels``, are the options' own).
    static func sized(_ figure: Figure, _ inv: Invocation) throws -> Figure {
        let width = try inv.double("width"), height = try inv.double("height")
        return figure.resized(width: width, height: height)
    }
}
