import Foundation
import LabCache
import LabCore
import Models

/// Binary forms of session values for the result cache: datasets, fitted
/// models (through `ModelArchive`), predictions. `decode(encode(v))` gives a
/// value that behaves identically (every double bit-exact).
enum ValueCodec {
    static func encode(_ value: SessionValue) throws -> [UInt8] {
        var w = BinaryWriter()
        switch value {
        case .dataset(let d):
            w.write(UInt8(0))
            DataCodec.write(d, &w)
        case .classifier(let c):
            w.write(UInt8(1))
            let archived = try archive(c.model)
            w.write(c.kind)
            w.write(archived.tag)
            w.write(bytes: archived.bytes)
            w.write(c.classKeys)
            w.write(c.classNames)
            w.write(c.featureCount)
            w.write(c.trainedOn)
            w.write(try c.history.map { Array(try JSONEncoder().encode($0)) }) { $0.write(bytes: $1) }
        case .regressor(let m):
            w.write(UInt8(2))
            let archived = try ModelArchive.encode(m.model)
            w.write(m.kind)
            w.write(archived.tag)
            w.write(bytes: archived.bytes)
            w.write(m.featureCount)
            w.write(m.trainedOn)
        case .predictions(let p):
            w.write(UInt8(3))
            w.write(p.data)
            write(p.evaluation, &w)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> SessionValue {
        var r = BinaryReader(bytes)
        let value: SessionValue
        switch try r.readByte() {
        case 0:
            value = .dataset(try DataCodec.dataset(&r))
        case 1:
            let kind = try r.readString(), tag = try r.readString(), model = try r.readBytes()
            let trained = TrainedClassifier(
                kind: kind, model: try classifier(tag: tag, bytes: model),
                classKeys: try r.readStrings(), classNames: try r.readStrings(), featureCount: try r.readInt(),
                trainedOn: try r.readString(),
                history: try r.readOptional { try JSONDecoder().decode(TrainingHistory.self, from: Data(try $0.readBytes())) })
            value = .classifier(trained)
        case 2:
            let kind = try r.readString(), tag = try r.readString(), model = try r.readBytes()
            value = .regressor(TrainedRegressor(kind: kind, model: try ModelArchive.regressor(tag: tag, bytes: model),
                                                featureCount: try r.readInt(), trainedOn: try r.readString()))
        case 3:
            let data = try r.readString()
            value = .predictions(PredictionSet(data: data, evaluation: try evaluation(&r)))
        case let b:
            throw CacheFormatError.invalid("value tag \(b)")
        }
        guard r.isAtEnd else { throw CacheFormatError.invalid("trailing bytes") }
        return value
    }

    /// The tag and bytes of a fitted classifier: fine-tuned transformers as a binary
    /// checkpoint image (`TransformerArchive`), every other model through `ModelArchive`.
    static func archive(_ model: any FittedClassifier) throws -> (tag: String, bytes: [UInt8]) {
        if let transformer = model as? FineTunedTransformer {
            return (TransformerArchive.tag, try TransformerArchive.encode(transformer))
        }
        return try ModelArchive.encode(model)
    }

    /// A fitted classifier from `archive`'s output.
    static func classifier(tag: String, bytes: [UInt8]) throws -> any FittedClassifier {
        tag == TransformerArchive.tag ? try TransformerArchive.decode(bytes) : try ModelArchive.classifier(tag: tag, bytes: bytes)
    }

    static func write(_ e: Evaluation, _ w: inout BinaryWriter) {
        w.write(e.model)
        w.write(e.data)
        w.write(e.classKeys)
        w.write(e.classNames)
        switch e.kind {
        case .classification(let truth, let predicted, let scores, let scoreKind):
            w.write(UInt8(0))
            w.write(truth)
            w.write(predicted)
            w.write(scores) { w, m in DataCodec.write(m, &w) }
            w.write(scoreKind) { $0.write($1.rawValue) }
        case .regression(let truth, let predicted):
            w.write(UInt8(1))
            w.write(truth)
            w.write(predicted)
        }
    }

    static func evaluation(_ r: inout BinaryReader) throws -> Evaluation {
        let model = try r.readString(), data = try r.readString()
        let keys = try r.readStrings(), names = try r.readStrings()
        let kind: Evaluation.Kind
        switch try r.readByte() {
        case 0:
            let truth = try r.readInts(), predicted = try r.readInts()
            let scores = try r.readOptional { try DataCodec.matrix(&$0) }
            let scoreKind = try r.readOptional { r -> ScoreKind in
                let raw = try r.readString()
                guard let kind = ScoreKind(rawValue: raw) else { throw CacheFormatError.invalid("score kind \(raw)") }
                return kind
            }
            kind = .classification(truth: truth, predicted: predicted, scores: scores, scoreKind: scoreKind)
        case 1:
            kind = .regression(truth: try r.readDoubles(), predicted: try r.readDoubles())
        case let b:
            throw CacheFormatError.invalid("evaluation tag \(b)")
        }
        return Evaluation(model: model, data: data, kind: kind, classKeys: keys, classNames: names)
    }
}
