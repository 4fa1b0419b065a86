/// Errors from loading or running a transformer encoder.
public enum TransformerError: Error, Equatable, CustomStringConvertible {
    /// A named model is not installed; carries where it was looked for.
    case modelNotFound(name: String, searched: [String])
    /// A model directory lacks a required file.
    case missingFile(directory: String, file: String)
    /// `config.json` is unreadable or describes an unsupported model.
    case invalidConfig(path: String, reason: String)
    /// A weight tensor is absent from the safetensors file.
    case missingWeight(String)
    /// A weight tensor's shape differs from what the configuration implies.
    case weightShape(name: String, expected: [Int], actual: [Int])
    /// A sequence is empty.
    case emptySequence(index: Int)
    /// A sequence is longer than the position table.
    case sequenceTooLong(index: Int, length: Int, maximum: Int)
    /// A token id is outside the vocabulary.
    case tokenOutOfRange(index: Int, position: Int, id: Int32, vocabSize: Int)
    /// The batch size is not positive.
    case invalidBatchSize(Int)
    /// A safetensors problem while reading the weights.
    case safetensors(SafetensorsError)
    /// A training label is outside `0..<numLabels`.
    case labelOutOfRange(index: Int, label: Int, numLabels: Int)
    /// A training option is unusable (names the option and the rule).
    case invalidTrainingOption(name: String, reason: String)
    /// Training data is empty or its sequences and labels differ in number.
    case invalidTrainingData(String)

    /// A one-line, user-facing explanation of the error.
    public var description: String {
        switch self {
        case .modelNotFound(let name, let searched):
            return "model '\(name)' is not installed (looked in \(searched.joined(separator: ", "))); "
                + "fetch it with `bash scripts/fetch-model.sh` or set LAB_MODELS_DIR"
        case .missingFile(let directory, let file):
            return "model directory \(directory) has no \(file)"
        case .invalidConfig(let path, let reason):
            return "invalid model config \(path): \(reason)"
        case .missingWeight(let name):
            return "the weights have no tensor '\(name)'"
        case .weightShape(let name, let expected, let actual):
            return "weight '\(name)' has shape \(actual), expected \(expected)"
        case .emptySequence(let index):
            return "sequence \(index) has no tokens"
        case .sequenceTooLong(let index, let length, let maximum):
            return "sequence \(index) has \(length) tokens, more than the model's \(maximum) positions"
        case .tokenOutOfRange(let index, let position, let id, let vocabSize):
            return "sequence \(index) token \(position) has id \(id), outside the vocabulary 0..<\(vocabSize)"
        case .invalidBatchSize(let size):
            return "batch size must be at least 1, got \(size)"
        case .safetensors(let error):
            return error.description
        case .labelOutOfRange(let index, let label, let numLabels):
            return "example \(index) has label \(label), outside 0..<\(numLabels)"
        case .invalidTrainingOption(let name, let reason):
            return "training option '\(name)' \(reason)"
        case .invalidTrainingData(let reason):
            return "training data: \(reason)"
        }
    }
}
