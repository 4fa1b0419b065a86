import LabCore
import Foundation
import TextFeatures
import Transformer

/// Finds a pre-trained model named in a directive (`model=minilm` or `model="path"`)
/// and loads its tokenizer or encoder once per run.
enum PretrainedModel {
    /// The model folder: a quoted path resolves inside the notebook's folder or the
    /// data path; a bare name is looked up in `LAB_MODELS_DIR`, then `~/.cache/labbook/models`.
    static func directory(_ inv: Invocation, _ ctx: inout ExecutionContext, key: String = "model", fallback: String? = "minilm") throws -> URL {
        let part = inv.option(key)
        if case .string(let path)? = part?.value { ctx.note(.resolve(path)) } else { ctx.note(.modelsRoot) }
        var environment = ProcessInfo.processInfo.environment
        if let dir = ctx.modelsDirectory { environment["LAB_MODELS_DIR"] = dir.path }
        switch part?.value {
        case .string(let path)?:
            let url: URL
            do { url = try ctx.locator.resolve(path: path) } catch { throw inv.failure("\(error)", at: part) }
            guard ModelFiles.isModelDirectory(url) || FileManager.default.fileExists(atPath: url.appendingPathComponent("vocab.txt").path) else {
                throw inv.failure("'\(path)' holds no model (config.json and model.safetensors, or vocab.txt)", at: part)
            }
            return url
        default:
            guard let name = try inv.text(key) ?? fallback else { throw inv.failure("name the model with \(key)=minilm") }
            do { return try ModelFiles.locate(name: name, environment: environment) } catch {
                throw inv.failure("\(error)", at: part)
            }
        }
    }

    /// Where a model folder's files may resolve: the notebook's roots for a folder
    /// found through them, else the model folder itself (a cached model).
    static func confinement(for directory: URL, _ ctx: ExecutionContext) -> FileConfinement {
        if let real = FileConfinement.realPath(directory.path), ctx.locator.confinement.contains(realPath: real) {
            return ctx.locator.confinement
        }
        return .directory(directory)
    }

    /// The WordPiece tokenizer of a model folder (`tokenizer.json`, else `vocab.txt`).
    static func tokenizer(at directory: URL, _ inv: Invocation, _ ctx: inout ExecutionContext) throws -> WordPieceTokenizer {
        ctx.note(.folder(directory))
        if let cached = ctx.tokenizers[directory.path] { return cached }
        let json = directory.appendingPathComponent("tokenizer.json")
        let tokenizer: WordPieceTokenizer
        do {
            let confinement = confinement(for: directory, ctx)
            tokenizer = FileManager.default.fileExists(atPath: json.path)
                ? try WordPieceTokenizer(tokenizerJSON: json, confinement: confinement)
                : try WordPieceTokenizer(vocabTXT: directory.appendingPathComponent("vocab.txt"), confinement: confinement)
        } catch {
            throw inv.failure("cannot read the tokenizer of '\(directory.lastPathComponent)': \(error)", at: inv.option("model"))
        }
        ctx.tokenizers[directory.path] = tokenizer
        return tokenizer
    }

    /// The encoder of a model folder.
    static func encoder(at directory: URL, _ inv: Invocation, _ ctx: inout ExecutionContext) throws -> BertEncoder {
        ctx.note(.folder(directory))
        if let cached = ctx.encoders[directory.path] { return cached }
        let encoder: BertEncoder
        do { encoder = try BertEncoder(directory: directory, confinement: confinement(for: directory, ctx)) } catch {
            throw inv.failure("cannot load the encoder in '\(directory.lastPathComponent)': \(error)", at: inv.option("model"))
        }
        ctx.encoders[directory.path] = encoder
        return encoder
    }
}
