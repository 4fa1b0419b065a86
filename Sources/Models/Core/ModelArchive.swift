import Foundation

/// Fitted models to bytes and back, for the result cache.
///
/// Each fitted type is stored as a tag naming the type and its `Codable`
/// form as JSON with sorted keys: deterministic bytes, and exact doubles
/// (JSON numbers in shortest round-trip form; non-finite ones as the strings
/// `"inf"`, `"-inf"`, `"nan"`). A new fitted type is added to `classifierTypes`
/// or `regressorTypes` below.
public enum ModelArchive {
    /// Fitted classifier types that can be stored, by tag.
    static let classifierTypes: [String: any (FittedClassifier & Codable).Type] = [
        "dummy": FittedDummyClassifier.self,
        "tree": FittedDecisionTreeClassifier.self,
        "forest": FittedRandomForestClassifier.self,
        "logistic": FittedLogisticRegression.self,
        "svm": FittedLinearSVM.self,
        "knn": FittedKNeighborsClassifier.self,
        "gaussian_nb": FittedGaussianNB.self,
        "multinomial_nb": FittedMultinomialNB.self,
        "sgd": FittedSGDClassifier.self,
    ]

    /// Fitted regressor types that can be stored, by tag.
    static let regressorTypes: [String: any (FittedRegressor & Codable).Type] = [
        "linear": FittedLinearModel.self,
        "dummy_regressor": FittedDummyRegressor.self,
        "tree_regressor": FittedDecisionTreeRegressor.self,
    ]

    /// Why a model could not be stored or read back.
    public struct ArchiveError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The tag and JSON bytes of a fitted classifier.
    public static func encode(_ model: any FittedClassifier) throws -> (tag: String, bytes: [UInt8]) {
        guard let codable = model as? any (FittedClassifier & Codable),
              let tag = classifierTypes.first(where: { ObjectIdentifier($0.value) == ObjectIdentifier(type(of: codable)) })?.key else {
            throw ArchiveError(description: "\(type(of: model)) cannot be stored")
        }
        return (tag, try json(codable))
    }

    /// The tag and JSON bytes of a fitted regressor.
    public static func encode(_ model: any FittedRegressor) throws -> (tag: String, bytes: [UInt8]) {
        guard let codable = model as? any (FittedRegressor & Codable),
              let tag = regressorTypes.first(where: { ObjectIdentifier($0.value) == ObjectIdentifier(type(of: codable)) })?.key else {
            throw ArchiveError(description: "\(type(of: model)) cannot be stored")
        }
        return (tag, try json(codable))
    }

    /// A fitted classifier from `encode`'s output.
    public static func classifier(tag: String, bytes: [UInt8]) throws -> any FittedClassifier {
        guard let type = classifierTypes[tag] else { throw ArchiveError(description: "unknown classifier '\(tag)'") }
        return try decoder.decode(type, from: Data(bytes))
    }

    /// A fitted regressor from `encode`'s output.
    public static func regressor(tag: String, bytes: [UInt8]) throws -> any FittedRegressor {
        guard let type = regressorTypes[tag] else { throw ArchiveError(description: "unknown regressor '\(tag)'") }
        return try decoder.decode(type, from: Data(bytes))
    }

    private static func json(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return Array(try encoder.encode(value))
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
