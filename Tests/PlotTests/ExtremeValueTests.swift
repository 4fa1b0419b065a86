import Plot
import Testing

/// Values at the edges of `Double`: subnormals, zeros of both signs, the largest
/// finite magnitudes, ranges one ulp wide, ±infinity and NaN.
private let extremes: [[Double]] = [
    [5e-324, 1e-323], [-5e-324, 5e-324], [0, -0.0], [2.2250738585072014e-308, 2.2250738585072014e-308 * 3],
    [.greatestFiniteMagnitude, -.greatestFiniteMagnitude], [.greatestFiniteMagnitude, .greatestFiniteMagnitude.nextDown],
    [1, 1.0.nextUp], [1e300, 1e300.nextUp], [-1e-300, 1e300], [1e15, 1e15 + 1], [9e15, -9e15],
    [1e308, 1.7e308], [.infinity, 1], [.nan, 5e-324], [4e15, 4.5e15], [-4e15, 1e-9],
]

@Test(arguments: Array(extremes.indices))
func everyChartKindHandlesExtremeValues(_ index: Int) throws {
    let values = extremes[index]
    let x = values + values.reversed()
    let y = values.reversed() + values
    let series = Series(label: "s", x: x, y: y)
    let figures: [Figure] = [
        Chart.line([series], xLabel: "x", yLabel: "y", title: "L"),
        Chart.scatter([series], xLabel: "x", yLabel: "y", title: "S"),
        Chart.roc([series], title: "R"),
        Chart.precisionRecall([series], prevalence: values[0], title: "P"),
        Chart.thresholds(thresholds: x, precision: y, recall: x, title: "T", marker: values[1]),
        Chart.bars(labels: ["a", "b"], counts: values, title: "B", xLabel: "x", yLabel: "y"),
        Chart.confusion([values, values.reversed()], labels: ["a", "b"], normalized: false, title: "C"),
        Chart.confusion([values, values.reversed()], labels: ["a", "b"], normalized: true, title: "C"),
        Chart.image(pixels: values + values, width: 2, height: 2, title: "I"),
        Chart.history([Series(label: "loss", y: values)], xLabel: "Epoch", yLabel: "Loss", title: "H"),
    ]
    for figure in figures {
        let svg = try #require(SVGInspector(figure.svg), "not well-formed for \(values)")
        for number in svg.coordinateStrings {
            #expect(Double(number)?.isFinite == true, "bad coordinate '\(number)' for \(values)")
        }
    }
}
