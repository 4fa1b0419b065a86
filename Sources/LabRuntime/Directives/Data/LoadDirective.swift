import Foundation
import LabCore
import LabScript

/// `load NAME|"PATH" [text=COL] [label=COL] [as NAME]`: a built-in dataset, a
/// file, or a folder of split files from the notebook's folder or the data path.
enum LoadDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let source = inv.slot("dataset") else { throw inv.failure("load needs a dataset name or a quoted path") }
        let target = try inv.text("label") ?? inv.text("target")
        let text = try inv.text("text")
        var dataset: Dataset
        do {
            switch source.value {
            case .string(let path):
                ctx.note(.resolve(path))
                let url = try ctx.locator.resolve(path: path)
                let name = inv.binding.flatMap { $0.value.asName } ?? url.deletingPathExtension().lastPathComponent
                dataset = try DatasetLoader.load(url, name: name, target: target, text: text,
                                                 confinement: ctx.locator.confinement)
            case .identifier(let name):
                let bound = inv.binding.flatMap { $0.value.asName } ?? name
                ctx.note(.find(name))
                if let url = ctx.locator.find(name: name) {
                    dataset = try DatasetLoader.load(url, name: bound, target: target, text: text,
                                                     confinement: ctx.locator.confinement)
                } else if BuiltinDatasets.names.contains(name) {
                    dataset = try BuiltinDatasets.load(name, as: bound)
                } else {
                    let hint = suggestion(for: name, among: BuiltinDatasets.names).map { "did you mean '\($0)'?" }
                        ?? "built in: \(BuiltinDatasets.names.joined(separator: ", ")); other data is looked for in the notebook's folder and the data path (--data-dir, LAB_DATA_DIR)"
                    throw inv.failure("no dataset named '\(name)'", at: source, hint: hint)
                }
            default:
                throw inv.failure("load expects a dataset name or a quoted path, got \(source.value)", at: source)
            }
        } catch let error as DataError {
            throw inv.failure(error.description, at: source)
        }
        if let names = try inv.words("names") {
            guard names.count == dataset.classKeys.count else {
                throw inv.failure("names= gives \(names.count) names but '\(dataset.name)' has \(dataset.classKeys.count) classes (\(dataset.classKeys.joined(separator: ", ")))", at: inv.option("names"))
            }
            dataset.renameClasses(names)
        }
        ctx.session.bind(dataset.name, .dataset(dataset))
        var line = "Loaded `\(dataset.name)`: \(dataset.rowCount) rows"
        if !dataset.splits.isEmpty {
            line += " in splits " + dataset.splits.map { "`\(dataset.name).\($0.name)` (\($0.dataset.rowCount))" }.joined(separator: ", ")
        }
        return [.text(line + ".")]
    }
}
