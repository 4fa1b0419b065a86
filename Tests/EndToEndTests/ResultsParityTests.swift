import Foundation
import Testing

/// Every golden metrics case, evaluated as external predictions through `lab run --results`,
/// must reproduce scikit-learn's values (relative error ≤ 1e-12).
struct GoldenCase: CustomStringConvertible, Sendable {
    var file: URL
    var description: String { file.lastPathComponent }

    static var all: [GoldenCase] {
        let folder = LabProcess.repoRoot.deletingLastPathComponent().appendingPathComponent("shared/golden/metrics")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { GoldenCase(file: folder.appendingPathComponent($0)) }
    }
}

private func number(_ any: Any?) -> Double? {
    switch any {
    case let n as NSNumber: return n.doubleValue
    case let s as String: return s == "inf" ? .infinity : s == "-inf" ? -.infinity : s == "nan" ? .nan : nil
    default: return nil
    }
}

private func close(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return false }
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
}

private func closeArrays(_ a: Any?, _ b: Any?) -> Bool {
    guard let a = a as? [Any], let b = b as? [Any], a.count == b.count else { return false }
    return zip(a, b).allSatisfy { close(number($0), number($1)) }
}

@Test func goldenMetricCasesAreFound() {
    #expect(GoldenCase.all.count >= 7, "expected ../shared/golden/metrics beside the repository")
}

@Test(arguments: GoldenCase.all)
func goldenMetricsMatchThroughTheResultsContract(_ golden: GoldenCase) throws {
    let object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: golden.file)) as? [String: Any])
    let kind = try #require(object["kind"] as? String)
    let inputs = try #require(object["inputs"] as? [String: Any])
    let outputs = try #require(object["outputs"] as? [String: Any])
    let yTrue = try #require(inputs["y_true"] as? [Any])
    let yPred = try #require(inputs["y_pred"] as? [Any])
    func text(_ v: Any) -> String { number(v).map { "\($0 == $0.rounded() ? String(Int($0)) : "\($0)")" } ?? "\(v)" }
    var header = ["y_true", "y_pred"]
    var columns: [[String]] = [yTrue.map(text), yPred.map(text)]
    var options = "truth=y_true pred=y_pred"
    var metrics: [String]
    switch kind {
    case "regression":
        metrics = ["mse", "rmse", "mae", "r2"]
    case "binary":
        let scores = try #require(inputs["y_score"] as? [Any])
        header.append("y_score")
        columns.append(scores.map { "\(number($0)!)" })
        options += " score=y_score pos_label=\(text(inputs["pos_label"]!))"
        metrics = ["accuracy", "precision", "recall", "f1", "specificity", "fall_out", "roc_auc", "average_precision",
                   "roc_curve", "pr_curve", "confusion_matrix"]
        if outputs["log_loss"] != nil { metrics.append("log_loss") }
    default:
        let proba = try #require(inputs["y_proba"] as? [[Any]])
        let k = proba.first?.count ?? 0
        for j in 0..<k {
            header.append("p\(j)")
            columns.append(proba.map { "\(number($0[j])!)" })
        }
        options += " score=" + (0..<k).map { "p\($0)" }.joined(separator: ",")
        metrics = ["accuracy", "precision", "recall", "f1", "log_loss", "roc_auc", "confusion_matrix"]
    }
    let csv = ([header.joined(separator: ",")] + yTrue.indices.map { i in columns.map { $0[i] }.joined(separator: ",") })
        .joined(separator: "\n") + "\n"
    let notebook = "# Parity\n\n```lab\nload \"preds.csv\" as preds\nevaluate preds \(options) metrics=\(metrics.joined(separator: ","))\n```\n"
    let dir = try LabProcess.scratch(["nb.md": Array(notebook.utf8), "preds.csv": Array(csv.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try LabProcess.run(["run", "nb.md", "--results", "r.json"], in: dir)
    try #require(run.status == 0, "\(run.stderr)")
    let results = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as? [String: Any])
    let records = try #require(results["records"] as? [[String: Any]])
    func record(_ metric: String) -> [String: Any]? { records.first { $0["metric"] as? String == metric } }
    let averaged = kind == "binary" ? "binary" : "macro"
    for metric in metrics {
        let rec = try #require(record(metric), "no record for \(metric)")
        switch metric {
        case "precision", "recall", "f1":
            let expected = (outputs[metric] as? [String: Any])?[averaged]
            #expect(close(number(rec["value"]), number(expected)), "\(metric): \(rec["value"] ?? "-") vs \(expected ?? "-")")
        case "specificity", "fall_out":
            let expected = kind == "binary" ? outputs[metric] : (outputs[metric] as? [String: Any])?["macro"]
            #expect(close(number(rec["value"]), number(expected)), "\(metric)")
        case "roc_auc" where kind != "binary":
            #expect(close(number(rec["value"]), number((outputs["roc_auc"] as? [String: Any])?["ovr_macro"])), "roc_auc")
        case "roc_curve":
            let curve = try #require(outputs["roc_curve"] as? [String: Any])
            #expect(closeArrays(rec["x"], curve["fpr"]) && closeArrays(rec["y"], curve["tpr"]) && closeArrays(rec["thresholds"], curve["thresholds"]), "roc_curve")
        case "pr_curve":
            let curve = try #require(outputs["pr_curve"] as? [String: Any])
            #expect(closeArrays(rec["x"], curve["recall"]) && closeArrays(rec["y"], curve["precision"]) && closeArrays(rec["thresholds"], curve["thresholds"]), "pr_curve")
        case "confusion_matrix":
            let expected = try #require(outputs["confusion_matrix"] as? [String: Any])
            let matrix = (rec["matrix"] as? [[Any]])?.map { $0.compactMap(number) }
            let want = (expected["matrix"] as? [[Any]])?.map { $0.compactMap(number) }
            #expect(matrix == want, "confusion_matrix")
        default:
            #expect(close(number(rec["value"]), number(outputs[metric])), "\(metric): \(rec["value"] ?? "-") vs \(outputs[metric] ?? "-")")
        }
    }
}
