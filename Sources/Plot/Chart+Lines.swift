/// Generic x–y charts: training histories, line charts, scatter plots.
extension Chart {
    /// Per-epoch training history, e.g. training and validation loss.
    /// Integer x values get integer ticks; short series get point markers.
    public static func history(_ series: [Series], xLabel: String, yLabel: String, title: String) -> Figure {
        var chart = XYChart(kind: "history", title: title, xLabel: xLabel, yLabel: yLabel,
                            series: series.enumerated().map { PlotSeries($1, index: $0, style: .line) })
        chart.integerX = series.allSatisfy { s in s.x.prefix(s.count).allSatisfy { !$0.isFinite || $0 == $0.rounded() } }
        let alt = "\(subject(title, fallback: "Training history")): \(yLabel.isEmpty ? "value" : yLabel) per "
            + "\(xLabel.isEmpty ? "step" : xLabel) for " + list(series.map(\.label), noun: "series") + "."
        return chart.render(altText: alt)
    }

    /// Lines through each series' points in the given order (markers when
    /// a series has at most 40 points).
    public static func line(_ series: [Series], xLabel: String, yLabel: String, title: String) -> Figure {
        let chart = XYChart(kind: "line", title: title, xLabel: xLabel, yLabel: yLabel,
                            series: series.enumerated().map { PlotSeries($1, index: $0, style: .line) })
        let alt = "\(subject(title, fallback: "Line chart")): \(yLabel.isEmpty ? "y" : yLabel) against "
            + "\(xLabel.isEmpty ? "x" : xLabel) for " + list(series.map(\.label), noun: "series") + "."
        return chart.render(altText: alt)
    }

    /// Unconnected points, one marker shape and colour per series. Points
    /// that fall on the same half pixel are drawn once.
    public static func scatter(_ series: [Series], xLabel: String, yLabel: String, title: String) -> Figure {
        let chart = XYChart(kind: "scatter", title: title, xLabel: xLabel, yLabel: yLabel,
                            series: series.enumerated().map { PlotSeries($1, index: $0, style: .scatter) })
        let alt = "\(subject(title, fallback: "Scatter plot")): \(yLabel.isEmpty ? "y" : yLabel) against "
            + "\(xLabel.isEmpty ? "x" : xLabel) for " + list(series.map(\.label), noun: "series") + "."
        return chart.render(altText: alt)
    }
}
