import Foundation
import Testing

@Test func epochTrainingRecordsItsLossesAndPlotsThem() throws {
    let notebook = """
        # Epochs

        ```lab
        load iris
        split iris test=0.3 validation=0.2 stratify seed=0
        scale iris as s
        train sgd epochs=5 alpha=0.01 on s.train validate=s.validation as m
        plot loss m
        ```
        """
    let dir = try LabProcess.scratch(["nb.md": Array(notebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["run", "nb.md", "--results", "r.json"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: dir.appendingPathComponent("Outputs/nb.md"), encoding: .utf8)
    #expect(text.contains("| epoch | training loss | validation loss | validation accuracy |"))
    #expect(text.contains("](nb/loss-m.svg)"))
    let svg = try String(contentsOf: dir.appendingPathComponent("Outputs/nb/loss-m.svg"), encoding: .utf8)
    #expect(svg.contains("training loss") && svg.contains("validation loss"))
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as? [String: Any]
    let records = (object?["records"] as? [[String: Any]]) ?? []
    #expect(records.filter { $0["metric"] as? String == "validation_loss" }.count == 5)
}

@Test func plottingTheLossOfAModelWithoutEpochsExplainsWhy() throws {
    let notebook = "# L\n\n```lab\nload iris\nsplit iris seed=0\ntrain tree on iris.train\nplot loss tree\n```\n"
    let dir = try LabProcess.scratch(["nb.md": Array(notebook.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("nb.md:7:11: error: 'tree' has no per-epoch training history to plot"))
    #expect(result.stderr.contains("hint: loss curves come from models trained in epochs"))
}
