import Testing
import Plot

@Test func rocHasAxesTicksLegendAndOneSeriesPerCurve() throws {
    let figure = Chart.roc([Samples.rocTree, Samples.rocForest], title: "ROC curve")
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.root.attributes["data-chart"] == "roc")
    #expect(svg.withClass("series").map { $0.attributes["data-label"] } == ["tree (AUC = 0.91)", "forest (AUC = 0.99)"])
    #expect(svg.withClass("axes").count == 1)
    #expect(svg.texts("tick-label x") == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(svg.texts("tick-label y") == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(svg.texts("axis-label x") == ["False positive rate"])
    #expect(svg.texts("axis-label y") == ["True positive rate"])
    #expect(svg.texts("title") == ["ROC curve"])
    let legend = svg.withClass("legend-entry").compactMap { $0.attributes["data-label"] }
    #expect(legend == ["tree (AUC = 0.91)", "forest (AUC = 0.99)", "Chance level (AUC = 0.5)"])
    #expect(svg.withClass("guide").count == 1)
    #expect(figure.altText.contains("tree (AUC = 0.91)"))
}

@Test func rocLegendGoesToTheEmptyLowerRight() throws {
    let svg = try #require(SVGInspector(Chart.roc([Samples.rocTree, Samples.rocForest], title: "ROC").svg))
    let axes = try #require(svg.withClass("axes").first)
    let box = try #require(svg.elements.first { $0.name == "rect" && $0.attributes["fill-opacity"] == "0.9" })
    let (ax, ay) = (try #require(axes.number("x")), try #require(axes.number("y")))
    let (aw, ah) = (try #require(axes.number("width")), try #require(axes.number("height")))
    let (bx, by) = (try #require(box.number("x")), try #require(box.number("y")))
    #expect(bx > ax + aw / 2)
    #expect(by > ay + ah / 2)
}

@Test func precisionRecallIsAStepCurveWithAChanceLine() throws {
    let curve = Series(label: "tree (AP = 0.80)", x: [1, 0.5, 0], y: [0.5, 1, 1])
    let svg = try #require(SVGInspector(Chart.precisionRecall([curve], prevalence: 0.1, title: "PR").svg))
    let path = try #require(svg.withClass("series").first?.attributes["d"])
    let points = pathPoints(path)
    #expect(points.count >= 3)
    for (a, b) in zip(points, points.dropFirst()) {
        #expect(a.0 == b.0 || a.1 == b.1, "segment \(a) → \(b) is not horizontal or vertical")
    }
    let legend = svg.withClass("legend-entry").compactMap { $0.attributes["data-label"] }
    #expect(legend == ["tree (AP = 0.80)", "Chance level (AP = 0.10)"])
    #expect(svg.texts("axis-label x") == ["Recall"])
    #expect(svg.texts("axis-label y") == ["Precision"])
}

@Test func precisionRecallWithoutPrevalenceHasNoGuide() throws {
    let svg = try #require(SVGInspector(Chart.precisionRecall([Samples.rocTree], prevalence: nil, title: "PR").svg))
    #expect(svg.withClass("guide").isEmpty)
    let bad = try #require(SVGInspector(Chart.precisionRecall([Samples.rocTree], prevalence: 1.5, title: "PR").svg))
    #expect(bad.texts("note") == ["Prevalence 1.500 is not in 0…1; no chance line drawn."])
}

@Test func thresholdsDrawPrecisionRecallMarkersAndTheChosenThreshold() throws {
    let figure = Chart.thresholds(thresholds: [.infinity, 0.2, 0.5, 0.8], precision: [1, 0.3, 0.7, 0.9, 1],
                                  recall: [0, 1, 0.8, 0.4, 0], title: "Thresholds", marker: 0.4)
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.withClass("series").map { $0.attributes["data-label"] } == ["Precision", "Recall"])
    #expect(svg.withClass("markers").count == 2)
    #expect(svg.withClass("guide").first?.attributes["data-label"] == "Threshold = 0.40")
    #expect(svg.texts("note") == ["1 infinite threshold not drawn."])
    #expect(svg.texts("tick-label x").first == "0.0")
    #expect(svg.texts("tick-label x").last == "1.0")
    let precision = try #require(svg.withClass("series").first?.attributes["d"])
    #expect(pathPoints(precision).count == 3)
}

@Test func confusionMatrixAnnotatesCountsWithContrastingText() throws {
    let figure = Chart.confusion([[405, 0], [11, 34]], labels: ["Not 9", "9"], normalized: false, title: "Confusion")
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.withClass("cell", name: "rect").count == 4)
    let values = svg.withClass("cell-value", name: "text")
    #expect(values.map(\.text) == ["405", "0", "11", "34"])
    #expect(values[0].attributes["fill"] == "#FFFFFF") // darkest cell
    #expect(values[1].attributes["fill"] == "#000000") // lightest cell
    #expect(svg.texts("tick-label x") == ["Not 9", "9"])
    #expect(svg.texts("tick-label y") == ["Not 9", "9"])
    #expect(svg.texts("axis-label x") == ["Predicted label"])
    #expect(svg.texts("axis-label y") == ["True label"])
    #expect(svg.withClass("colorbar", name: "rect").count == 1)
    #expect(svg.texts("tick-label colorbar").first == "0")
    #expect(svg.named("linearGradient").count == 1)
}

@Test func normalisedConfusionMatrixShowsTwoDecimalsAndNaNCells() throws {
    let figure = Chart.confusion([[0.95, 0.05], [.nan, .nan]], labels: ["neg", "pos"], normalized: true, title: "Normalised")
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.texts("cell-value") == ["0.95", "0.05", "n/a", "n/a"])
    #expect(svg.texts("tick-label colorbar").allSatisfy { $0.contains(".") })
}

@Test func barsAreLabelledWithTheirCounts() throws {
    let figure = Chart.bars(labels: ["Negative(not 9)", "Positive(9)"], counts: [1617, 180], title: "Classes",
                            xLabel: "Class", yLabel: "Count")
    let svg = try #require(SVGInspector(figure.svg))
    let bars = svg.withClass("bar")
    #expect(bars.map { $0.attributes["data-label"] } == ["Negative(not 9)", "Positive(9)"])
    #expect(svg.texts("bar-label") == ["1617", "180"])
    #expect(svg.texts("tick-label x") == ["Negative(not 9)", "Positive(9)"])
    #expect(svg.texts("tick-label y").first == "0")
    let heights = bars.compactMap { $0.number("height") }
    #expect(heights.count == 2 && abs(heights[0] / heights[1] - 1617.0 / 180.0) < 0.01)
    #expect(svg.texts("axis-label y") == ["Count"])
}

@Test func imageMapsSmallValuesToWhiteAndLargeToBlack() throws {
    var pixels = [Double](repeating: 0, count: 64)
    pixels[9] = 16
    pixels[10] = 8
    let svg = try #require(SVGInspector(Chart.image(pixels: pixels, width: 8, height: 8, title: "7").svg))
    let drawn = svg.withClass("pixel")
    #expect(drawn.count == 2) // zero pixels are the white background
    #expect(drawn.map { $0.attributes["fill"] } == ["#000000", "#808080"])
    #expect(svg.withClass("image").first?.attributes["data-width"] == "8")
    #expect(svg.texts("title") == ["7"])
}

@Test func imageWithWrongPixelCountSaysSo() throws {
    let figure = Chart.image(pixels: [1, 2, 3], width: 8, height: 8, title: "bad")
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.texts("note") == ["Cannot draw: expected 64 pixels (8 × 8), got 3."])
}

@Test func imageGridDrawsOneCaptionedImagePerInput() throws {
    let images = (0..<7).map { (pixels: [Double](repeating: Double($0), count: 64), label: "pred \($0)") }
    let figure = Chart.imageGrid(images, width: 8, height: 8, columns: 4, title: "Digits")
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.withClass("image").count == 7)
    #expect(svg.texts("caption") == (0..<7).map { "pred \($0)" })
    #expect(figure.altText.contains("grid of 2 × 4"))
}

@Test func historyUsesIntegerEpochTicksAndMarkers() throws {
    let figure = Chart.history([Series(label: "train", y: [0.42, 0.26, 0.13]), Series(label: "validation", y: [0.36, 0.40, 0.53])],
                               xLabel: "Epoch", yLabel: "Loss", title: "Loss")
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.texts("tick-label x") == ["1", "2", "3"])
    #expect(svg.withClass("series").count == 2)
    #expect(svg.withClass("markers").count == 2)
    #expect(svg.withClass("legend-entry").count == 2)
    #expect(svg.texts("axis-label x") == ["Epoch"])
}

@Test func lineAndScatterDrawEverySeries() throws {
    let line = try #require(SVGInspector(Chart.line([Series(label: "a", x: [1, 2, 3], y: [1, 4, 9]), Series(label: "b", x: [1, 2, 3], y: [2, 3, 4])],
                                                    xLabel: "x", yLabel: "y", title: "Line").svg))
    #expect(line.withClass("series").count == 2)
    #expect(line.root.attributes["data-chart"] == "line")
    let scatter = try #require(SVGInspector(Chart.scatter([Series(label: "a", x: [0, 1, 2], y: [2, 1, 0])],
                                                          xLabel: "x", yLabel: "y", title: "Scatter").svg))
    let points = try #require(scatter.withClass("series").first?.attributes["d"])
    #expect(points.filter { $0 == "M" }.count == 3) // one marker per point
    #expect(scatter.texts("tick-label x").count >= 3)
}

@Test func crowdedAxesDropTicksInsteadOfOverlappingLabels() throws {
    let series = Series(label: "big", x: [1_000_000, 9_000_000], y: [0.000_001, 0.000_009])
    let svg = try #require(SVGInspector(Chart.line([series], xLabel: "x", yLabel: "y", title: "").svg))
    let xs = svg.withClass("tick-label x", name: "text").compactMap { $0.number("x") }
    let widest = svg.texts("tick-label x").map(\.count).max() ?? 0
    for (a, b) in zip(xs, xs.dropFirst()) {
        #expect(b - a > Double(widest) * 12 * 0.64, "ticks \(a) and \(b) overlap")
    }
}
