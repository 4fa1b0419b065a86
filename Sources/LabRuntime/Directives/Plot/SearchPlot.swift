import Plot

/// `plot search MODEL`: a grid search's mean score against one parameter (the
/// first numeric axis, else the first axis by position), one line per value of
/// the other axes.
enum SearchPlot {
    static func draw(_ s: SearchSummary, name: String, title: String?) -> Figure {
        let numeric = s.axes.indices.first { a in s.candidates.allSatisfy { Double($0[a]) != nil } }
        let xAxis = numeric ?? 0
        var xValues: [String] = []
        for c in s.candidates where !xValues.contains(c[xAxis]) { xValues.append(c[xAxis]) }
        var lines: [(label: String, x: [Double], y: [Double])] = []
        for (index, candidate) in s.candidates.enumerated() {
            let others = s.axes.indices.filter { $0 != xAxis }
            let label = others.isEmpty ? "mean \(s.metric)"
                : others.map { "\(SearchGrid.optionName(s.axes[$0]))=\(candidate[$0])" }.joined(separator: ", ")
            let x = numeric != nil ? Double(candidate[xAxis]) ?? 0 : Double((xValues.firstIndex(of: candidate[xAxis]) ?? 0) + 1)
            if let k = lines.firstIndex(where: { $0.label == label }) {
                lines[k].x.append(x)
                lines[k].y.append(s.ranking.means[index])
            } else {
                lines.append((label, [x], [s.ranking.means[index]]))
            }
        }
        let series = lines.map { line -> Series in
            let order = line.x.indices.sorted { line.x[$0] < line.x[$1] }
            return Series(label: line.label, x: order.map { line.x[$0] }, y: order.map { line.y[$0] })
        }
        return Chart.history(series, xLabel: SearchGrid.optionName(s.axes[xAxis]), yLabel: "Mean \(s.metric)",
                             title: title ?? "Grid search: mean \(s.metric) of \(name)")
    }
}
