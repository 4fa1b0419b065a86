/// Classifier curves: ROC, precision–recall, precision and recall by threshold.
extension Chart {
    /// ROC curves: true positive rate against false positive rate, with the
    /// chance diagonal; both axes 0…1. Legend lower right when it is empty.
    ///
    /// - Parameter curves: one series per model, `x` = FPR, `y` = TPR in
    ///   `roc_curve` order; put the AUC in the label, e.g. `"tree (AUC = 0.91)"`.
    public static func roc(_ curves: [Series], title: String) -> Figure {
        var chart = XYChart(kind: "roc", title: title, xLabel: "False positive rate", yLabel: "True positive rate",
                            series: curves.enumerated().map { PlotSeries($1, index: $0, style: .line, showMarkers: false) })
        chart.guides = [GuideLine(shape: .segment(x1: 0, y1: 0, x2: 1, y2: 1), label: "Chance level (AUC = 0.5)")]
        chart.xFixed = 0...1
        chart.yFixed = 0...1
        chart.legendCorners = [.lowerRight, .upperLeft, .lowerLeft, .upperRight]
        chart.width = 560
        chart.height = 560
        let alt = "\(subject(title, fallback: "ROC curve")): true positive rate against false positive rate for "
            + list(curves.map(\.label), noun: "model") + ", with the chance diagonal."
        return chart.render(altText: alt)
    }

    /// Precision–recall curves drawn as steps (matplotlib `steps-post`, like
    /// scikit-learn's `PrecisionRecallDisplay`), with the chance baseline.
    ///
    /// - Parameters:
    ///   - curves: one series per model, `x` = recall, `y` = precision in
    ///     `precision_recall_curve` order (recall decreasing); put the AP in
    ///     the label, e.g. `"forest (AP = 0.88)"`.
    ///   - prevalence: fraction of positives; draws the horizontal chance
    ///     line `precision = prevalence` (AP of a random classifier). `nil`: none.
    public static func precisionRecall(_ curves: [Series], prevalence: Double?, title: String) -> Figure {
        var chart = XYChart(kind: "precision-recall", title: title, xLabel: "Recall", yLabel: "Precision",
                            series: curves.enumerated().map { PlotSeries($1, index: $0, style: .stepsPost, showMarkers: false) })
        if let prevalence {
            if prevalence.isFinite && prevalence >= 0 && prevalence <= 1 {
                let label = "Chance level (AP = \(DecimalFormat.string(prevalence, decimals: 2)))"
                chart.guides = [GuideLine(shape: .horizontal(y: prevalence), label: label)]
            } else {
                chart.notes.append("Prevalence \(DecimalFormat.string(prevalence, decimals: 3)) is not in 0…1; no chance line drawn.")
            }
        }
        chart.xFixed = 0...1
        chart.yFixed = 0...1
        chart.legendCorners = [.lowerLeft, .lowerRight, .upperRight, .upperLeft]
        chart.width = 560
        chart.height = 560
        let alt = "\(subject(title, fallback: "Precision-recall curve")): precision against recall for "
            + list(curves.map(\.label), noun: "model")
            + (chart.guides.isEmpty ? "." : ", with the chance level at the positive rate.")
        return chart.render(altText: alt)
    }

    /// Precision and recall as functions of the decision threshold (the
    /// lecture's `precision_recall_curve` plot), with an optional vertical
    /// marker at the chosen threshold.
    ///
    /// `precision` and `recall` are paired with `thresholds` by index; the
    /// extra final value `precision_recall_curve` returns (precision 1,
    /// recall 0, no threshold) is ignored. Infinite thresholds (`roc_curve`'s
    /// first) are left out with a note. The x axis is 0…1 when every finite
    /// threshold lies there, otherwise it follows the data.
    public static func thresholds(thresholds: [Double], precision: [Double], recall: [Double],
                                  title: String, marker: Double? = nil) -> Figure {
        let n = Swift.min(thresholds.count, precision.count, recall.count)
        let kept = (0..<n).filter { thresholds[$0].isFinite }
        let xs = kept.map { thresholds[$0] }
        var chart = XYChart(kind: "thresholds", title: title, xLabel: "Threshold", yLabel: "Precision / recall",
                            series: [
                                PlotSeries(Series(label: "Precision", x: xs, y: kept.map { precision[$0] }), index: 0, style: .line),
                                PlotSeries(Series(label: "Recall", x: xs, y: kept.map { recall[$0] }), index: 1, style: .line),
                            ])
        if kept.count < n {
            let k = n - kept.count
            chart.notes.append("\(k) infinite threshold\(k == 1 ? "" : "s") not drawn.")
        }
        if precision.count < thresholds.count || recall.count < thresholds.count {
            chart.notes.append("Only \(n) of \(thresholds.count) thresholds have both a precision and a recall.")
        }
        if let marker {
            if marker.isFinite {
                chart.guides = [GuideLine(shape: .vertical(x: marker),
                                          label: "Threshold = \(DecimalFormat.string(marker, decimals: 2))")]
            } else {
                chart.notes.append("Threshold marker is not finite; not drawn.")
            }
        }
        let all = xs + (chart.guides.isEmpty ? [] : [marker ?? 0])
        if all.allSatisfy({ $0 >= 0 && $0 <= 1 }) { chart.xFixed = 0...1 }
        chart.yFixed = 0...1
        let alt = "\(subject(title, fallback: "Precision and recall by threshold")): precision and recall against the decision threshold"
            + (marker.map { $0.isFinite ? ", with the threshold \(DecimalFormat.string($0, decimals: 2)) marked." : "." } ?? ".")
        return chart.render(altText: alt)
    }
}
