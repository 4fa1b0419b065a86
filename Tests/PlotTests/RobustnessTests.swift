import Testing
import Plot

/// Figures of every kind built from hostile input: NaN, infinities, empty
/// arrays, single points, constant data, huge magnitudes.
private func hostileFigures() -> [(String, Figure)] {
    let nan = Double.nan, inf = Double.infinity
    let broken = Series(label: "broken", x: [0, nan, 0.5, inf, 1], y: [0, 0.5, nan, 1, -inf])
    let one = Series(label: "one", x: [0.3], y: [0.7])
    let empty = Series(label: "empty", x: [], y: [])
    let flat = Series(label: "flat", x: [2, 2, 2], y: [5, 5, 5])
    let huge = Series(label: "huge", x: [-1e308, 1e308], y: [1e308, -1e308])
    return [
        ("roc-empty", Chart.roc([], title: "ROC")),
        ("roc-broken", Chart.roc([broken, one, empty], title: "ROC")),
        ("roc-huge", Chart.roc([huge], title: "ROC")),
        ("pr-nan-prevalence", Chart.precisionRecall([broken], prevalence: nan, title: "PR")),
        ("pr-one", Chart.precisionRecall([one], prevalence: 0, title: "PR")),
        ("thresholds-all-inf", Chart.thresholds(thresholds: [inf, -inf], precision: [nan, 1], recall: [1, nan], title: "T", marker: inf)),
        ("thresholds-empty", Chart.thresholds(thresholds: [], precision: [], recall: [], title: "T")),
        ("thresholds-wide", Chart.thresholds(thresholds: [-3, 0, 7.5], precision: [0.1, 0.5, 1], recall: [1, 0.5, 0.1], title: "T", marker: 2)),
        ("confusion-empty", Chart.confusion([], labels: [], normalized: false, title: "C")),
        ("confusion-ragged", Chart.confusion([[1, 2, 3], [inf], []], labels: ["a"], normalized: false, title: "C")),
        ("confusion-constant", Chart.confusion([[0, 0], [0, 0]], labels: ["a", "b"], normalized: true, title: "C")),
        ("bars-nan", Chart.bars(labels: ["a", "b", "c"], counts: [nan, inf, -2], title: "B", xLabel: "", yLabel: "")),
        ("bars-empty", Chart.bars(labels: [], counts: [], title: "B", xLabel: "x", yLabel: "y")),
        ("bars-mismatch", Chart.bars(labels: ["a"], counts: [1, 2], title: "B", xLabel: "x", yLabel: "y")),
        ("image-nan", Chart.image(pixels: [nan] + [Double](repeating: inf, count: 63), width: 8, height: 8, title: "I")),
        ("image-constant", Chart.image(pixels: [Double](repeating: 3, count: 4), width: 2, height: 2, title: "I")),
        ("image-zero-size", Chart.image(pixels: [], width: 0, height: -1, title: "I")),
        ("grid-empty", Chart.imageGrid([], width: 8, height: 8, columns: 0, title: "G")),
        ("grid-bad", Chart.imageGrid([(pixels: [1], label: "x")], width: 8, height: 8, columns: -3, title: "G")),
        ("history-one", Chart.history([Series(label: "loss", y: [0.5])], xLabel: "Epoch", yLabel: "Loss", title: "H")),
        ("history-nan", Chart.history([Series(label: "loss", y: [nan, nan])], xLabel: "Epoch", yLabel: "Loss", title: "H")),
        ("line-flat", Chart.line([flat, empty], xLabel: "x", yLabel: "y", title: "L")),
        ("line-huge", Chart.line([huge], xLabel: "x", yLabel: "y", title: "L")),
        ("scatter-broken", Chart.scatter([broken, one], xLabel: "x", yLabel: "y", title: "S")),
    ]
}

@Test func hostileInputStillGivesWellFormedSVGWithFiniteCoordinates() throws {
    for (name, figure) in hostileFigures() {
        let svg = try #require(SVGInspector(figure.svg), "\(name) is not well-formed XML")
        for number in svg.coordinateStrings {
            let value = Double(number)
            #expect(value != nil && value!.isFinite, "\(name): bad coordinate '\(number)'")
        }
        for element in svg.elements {
            for (key, value) in element.attributes where !["data-label", "data-value"].contains(key) {
                let lower = value.lowercased()
                #expect(!lower.contains("nan") && !lower.contains("inf"), "\(name): \(key)=\(value)")
            }
        }
        #expect(!figure.altText.isEmpty)
    }
}

@Test func droppedPointsAreExplainedInAVisibleNote() throws {
    let svg = try #require(SVGInspector(Chart.roc([Series(label: "m", x: [0, .nan, 1], y: [0, 0.5, 1])], title: "ROC").svg))
    #expect(svg.texts("note") == ["m: 1 point with NaN or infinite values not drawn."])
    let empty = try #require(SVGInspector(Chart.roc([], title: "ROC").svg))
    #expect(empty.texts("note") == ["No finite data to plot"])
}

@Test func badShapesAreReportedInNotes() throws {
    let bars = try #require(SVGInspector(Chart.bars(labels: ["a"], counts: [1, 2], title: "B", xLabel: "", yLabel: "").svg))
    #expect(bars.texts("note") == ["1 labels but 2 values; only the first 1 bars are drawn."])
    let confusion = try #require(SVGInspector(Chart.confusion([], labels: [], normalized: false, title: "C").svg))
    #expect(confusion.texts("note") == ["No data to plot: the confusion matrix is empty."])
    let grid = try #require(SVGInspector(Chart.imageGrid([(pixels: [1], label: "x")], width: 8, height: 8, columns: 1, title: "G").svg))
    #expect(grid.texts("note").joined(separator: " ") == "1 image(s) do not have 64 pixels and are shown empty.")
}

@Test func singlePointSeriesAreVisibleAsMarkers() throws {
    let svg = try #require(SVGInspector(Chart.history([Series(label: "loss", y: [0.5])], xLabel: "Epoch", yLabel: "Loss", title: "H").svg))
    #expect(svg.withClass("markers").count == 1)
    #expect(svg.texts("tick-label x").contains("1"))
}

@Test func everyLabelIsEscaped() throws {
    let nasty = "<b>&\"x\" 'y'"
    let figures = [
        Chart.roc([Series(label: nasty, x: [0, 1], y: [0, 1])], title: nasty),
        Chart.bars(labels: [nasty], counts: [3], title: nasty, xLabel: nasty, yLabel: nasty),
        Chart.confusion([[1]], labels: [nasty], normalized: false, title: nasty),
        Chart.imageGrid([(pixels: [1, 2, 3, 4], label: nasty)], width: 2, height: 2, columns: 1, title: nasty),
        Chart.scatter([Series(label: nasty, x: [1], y: [1])], xLabel: nasty, yLabel: nasty, title: nasty),
    ]
    for figure in figures {
        let svg = try #require(SVGInspector(figure.svg))
        #expect(figure.svg.contains("&lt;b&gt;&amp;&quot;x&quot; &apos;y&apos;"))
        #expect(!figure.svg.contains("<b>"))
        #expect(svg.named("title").first?.text == nasty)
        #expect(svg.elements.contains { $0.attributes["data-label"] == nasty || $0.hasClass("tick-label") && $0.text == nasty })
        #expect(figure.title == nasty)
    }
}

@Test func controlCharactersCannotBreakTheXML() throws {
    let label = "tab\there\u{0}nul\u{1B}esc"
    let figure = Chart.line([Series(label: label, x: [0, 1], y: [0, 1])], xLabel: label, yLabel: "y", title: label)
    let svg = try #require(SVGInspector(figure.svg))
    #expect(svg.named("title").first?.text == "tab here nul esc")
}
