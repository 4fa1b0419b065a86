import LabCore
import Plot

/// Charts of a dataset itself: class bars, digit images, line and scatter plots of two columns.
enum DataPlots {
    static func draw(_ kind: String, _ data: Dataset, inv: Invocation, at part: Invocation.Part) throws -> Figure {
        let title = try inv.text("title")
        switch kind {
        case "bars":
            guard data.targetColumn != nil, data.classKeys.count <= 50, let codes = try? data.targetCodes() else {
                throw inv.failure("'\(data.name)' has no class target to count", at: part)
            }
            var counts = Array(repeating: 0.0, count: data.classKeys.count)
            for c in codes { counts[c] += 1 }
            return Chart.bars(labels: data.classNames, counts: counts, title: title ?? "Class distribution in \(data.name)",
                              xLabel: "Class", yLabel: "Rows")
        case "image":
            guard let shape = data.imageShape, shape.count == 2 else {
                throw inv.failure("'\(data.name)' does not hold images", at: part)
            }
            let x = data.featureMatrix()
            let names = (try? data.targetCodes()).map { codes in codes.map { data.classNames[$0] } }
            if let count = try inv.int("count") {
                guard count > 0 else { throw inv.failure("count must be at least 1", at: inv.option("count")) }
                let rows = Array(0..<min(count, x.rows))
                let images = rows.map { i in (pixels: x.row(i), label: names.map { "\($0[i])" } ?? "#\(i)") }
                return Chart.imageGrid(images, width: shape[0], height: shape[1], columns: try inv.int("columns") ?? min(rows.count, 10),
                                       title: title ?? "The first \(rows.count) images of \(data.name)")
            }
            let index = try inv.int("index") ?? 0
            guard (0..<x.rows).contains(index) else {
                throw inv.failure("index \(index) is outside 0..<\(x.rows)", at: inv.option("index"))
            }
            let label = names.map { " (label \($0[index]))" } ?? ""
            return Chart.image(pixels: x.row(index), width: shape[0], height: shape[1], title: title ?? "\(data.name) row \(index)\(label)")
        default:
            guard let xName = try inv.text("x"), let yName = try inv.text("y") else {
                throw inv.failure("plot \(kind) needs x=COLUMN and y=COLUMN", at: part)
            }
            let xs = try numbers(xName, data, inv, "x"), ys = try numbers(yName, data, inv, "y")
            let series = [Series(label: data.name, x: xs, y: ys)]
            let t = title ?? "\(yName) against \(xName) in \(data.name)"
            return kind == "line" ? Chart.line(series, xLabel: xName, yLabel: yName, title: t)
                                  : Chart.scatter(series, xLabel: xName, yLabel: yName, title: t)
        }
    }

    /// Predicted against actual values of a regressor's predictions.
    static func predicted(_ e: Evaluation, line: Bool, inv: Invocation, at part: Invocation.Part) throws -> Figure {
        guard case let .regression(truth, predicted) = e.kind else {
            throw inv.failure("'\(e.model)' holds class predictions; plot confusion shows those", at: part)
        }
        let series = [Series(label: "\(e.model) on \(e.data)", x: truth, y: predicted)]
        let title = try inv.text("title") ?? "Predicted against actual: \(e.model) on \(e.data)"
        return Chart.scatter(series, xLabel: "Actual", yLabel: "Predicted", title: title)
    }

    private static func numbers(_ name: String, _ data: Dataset, _ inv: Invocation, _ option: String) throws -> [Double] {
        guard let column = data.table.column(named: name), case .numbers(let v) = column.values else {
            throw inv.failure("'\(data.name)' has no numeric column '\(name)'", at: inv.option(option))
        }
        return v
    }
}
