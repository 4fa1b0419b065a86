import LabCore
import Foundation

extension WordPieceTokenizer {
    /// Reads and parses a JSON object from `url`.
    static func readJSONObject(_ url: URL, confinement: FileConfinement) throws -> [String: Any] {
        let data: Data
        do { data = try confinement.readData(url) } catch {
            throw TokenizerError.unreadableFile(path: url.path, reason: "\(error)")
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw TokenizerError.malformedJSON(path: url.path, reason: "invalid JSON")
        }
        guard let root = object as? [String: Any] else {
            throw TokenizerError.malformedJSON(path: url.path, reason: "top level is not an object")
        }
        return root
    }

    /// The `BertNormalizer` switches; `null` means no normalisation at all.
    static func parseNormalizer(_ value: Any?, path: String) throws -> BertNormalizerOptions {
        guard let object = value as? [String: Any] else {
            return BertNormalizerOptions(cleanText: false, handleChineseChars: false, stripAccents: false, lowercase: false)
        }
        let type = object["type"] as? String ?? "?"
        guard type == "BertNormalizer" else {
            throw TokenizerError.unsupportedComponent(path: path, component: "normalizer", type: type)
        }
        let lowercase = object["lowercase"] as? Bool ?? true
        return BertNormalizerOptions(cleanText: object["clean_text"] as? Bool ?? true,
                                     handleChineseChars: object["handle_chinese_chars"] as? Bool ?? true,
                                     stripAccents: object["strip_accents"] as? Bool,
                                     lowercase: lowercase)
    }

    /// The post-processor: `TemplateProcessing`, `BertProcessing`, or none for `null`.
    static func parsePostProcessor(_ value: Any?, path: String, lookup: (String) -> Int32?) throws -> PostProcessor {
        guard let object = value as? [String: Any] else { return .none }
        let type = object["type"] as? String ?? "?"
        switch type {
        case "BertProcessing":
            guard let cls = object["cls"] as? [Any], let sep = object["sep"] as? [Any],
                  let clsToken = cls.first as? String, let clsID = (cls.last as? NSNumber)?.int32Value,
                  let sepToken = sep.first as? String, let sepID = (sep.last as? NSNumber)?.int32Value else {
                throw TokenizerError.malformedJSON(path: path, reason: "BertProcessing needs 'cls' and 'sep' as [token, id]")
            }
            return .bert(cls: (clsID, clsToken), sep: (sepID, sepToken))
        case "TemplateProcessing":
            let specials = object["special_tokens"] as? [String: Any] ?? [:]
            func pieces(_ key: String) throws -> [TemplatePiece] {
                guard let items = object[key] as? [[String: Any]] else {
                    throw TokenizerError.malformedJSON(path: path, reason: "TemplateProcessing has no '\(key)' template")
                }
                return try items.map { item in
                    if let seq = item["Sequence"] as? [String: Any] {
                        let typeID = Int32((seq["type_id"] as? NSNumber)?.intValue ?? 0)
                        return .sequence(second: (seq["id"] as? String) == "B", typeID: typeID)
                    }
                    guard let sp = item["SpecialToken"] as? [String: Any], let name = sp["id"] as? String else {
                        throw TokenizerError.malformedJSON(path: path, reason: "unknown template piece in '\(key)'")
                    }
                    let typeID = Int32((sp["type_id"] as? NSNumber)?.intValue ?? 0)
                    if let entry = specials[name] as? [String: Any], let ids = entry["ids"] as? [NSNumber] {
                        let tokens = entry["tokens"] as? [String] ?? Array(repeating: name, count: ids.count)
                        return .special(ids: ids.map { $0.int32Value }, tokens: tokens, typeID: typeID)
                    }
                    guard let id = lookup(name) else { throw TokenizerError.missingToken(path: path, token: name) }
                    return .special(ids: [id], tokens: [name], typeID: typeID)
                }
            }
            return PostProcessor(single: try pieces("single"), pair: try pieces("pair"))
        default:
            throw TokenizerError.unsupportedComponent(path: path, component: "post_processor", type: type)
        }
    }
}
