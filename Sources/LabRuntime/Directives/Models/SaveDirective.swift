import Foundation

/// `save MODEL to "FOLDER"`: writes a fine-tuned transformer in Hugging Face's layout
/// (`config.json` with `architectures` and `id2label`, `model.safetensors` with Hugging
/// Face's tensor names and LoRA merged, the tokenizer files); `model="FOLDER"` reads it back.
/// The folder must be relative, inside the notebook's folder (no `..`, no absolute path).
enum SaveDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("model").first else { throw inv.failure("save needs a model, e.g. save ft to \"models/ft\"") }
        let name = path.joined(separator: ".")
        guard let value = ctx.session.lookup(path) else { throw inv.failure("nothing is bound to '\(name)'", at: part) }
        guard case .classifier(let trained) = value, let transformer = trained.model as? FineTunedTransformer else {
            throw inv.failure("only fine-tuned transformers can be saved; '\(name)' is \(value.kindDescription)", at: part,
                              hint: "train transformer … as \(name)")
        }
        guard let target = inv.slot("folder"), case .string(let folder) = target.value else {
            throw inv.failure("save needs a folder: add to \"FOLDER\"", at: inv.slot("folder"))
        }
        let components = folder.split(separator: "/", omittingEmptySubsequences: true)
        guard !folder.hasPrefix("/"), !folder.hasPrefix("~"), !components.isEmpty, !components.contains(".."),
              let base = ctx.locator.roots.first else {
            throw inv.failure("save writes inside the notebook's folder: give a relative folder without '..', e.g. \"models/ft\"", at: target)
        }
        let url = base.appendingPathComponent(folder, isDirectory: true)
        do { try transformer.model.save(to: url, tokenizerSource: transformer.source) } catch {
            throw inv.failure("cannot save '\(name)': \(error)", at: target)
        }
        return [.text("Saved `\(name)` to `\(folder)` (config.json, model.safetensors, tokenizer files).")]
    }
}
