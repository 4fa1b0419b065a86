/// A problem found while reading or writing a safetensors file.
///
/// Every case names what was wrong and where, so that a user who points the tool
/// at a damaged or foreign file learns why it was refused.
public enum SafetensorsError: Error, Equatable, CustomStringConvertible {
    /// The file is shorter than its 8-byte header-length prefix.
    case truncated(fileSize: Int)
    /// The header length points past the end of the file.
    case headerLengthPastEnd(headerLength: UInt64, fileSize: Int)
    /// The header is not valid JSON or does not have the safetensors layout.
    case invalidHeader(String)
    /// A tensor uses a dtype this reader does not know.
    case unknownDType(tensor: String, dtype: String)
    /// A tensor's `data_offsets` are reversed or fall outside the data section.
    case offsetsOutOfRange(tensor: String, begin: Int, end: Int, dataSize: Int)
    /// A tensor's byte length does not match its shape and dtype.
    case shapeMismatch(tensor: String, shape: [Int], dtype: String, expectedBytes: Int, actualBytes: Int)
    /// Two tensors claim overlapping bytes.
    case overlappingTensors(String, String)
    /// No tensor of this name exists in the file.
    case missingTensor(String)
    /// The tensor exists but cannot be read as the requested element type.
    case wrongDType(tensor: String, dtype: String, requested: String)
    /// The file could not be read or written.
    case io(path: String, reason: String)

    /// A one-line, user-facing explanation of the error.
    public var description: String {
        switch self {
        case .truncated(let size):
            return "safetensors file is truncated: \(size) bytes, fewer than the 8-byte header length"
        case .headerLengthPastEnd(let length, let size):
            return "safetensors header length \(length) runs past the end of the file (\(size) bytes)"
        case .invalidHeader(let reason):
            return "safetensors header is invalid: \(reason)"
        case .unknownDType(let tensor, let dtype):
            return "tensor '\(tensor)' has unknown dtype '\(dtype)' (known: \(SafetensorsDType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .offsetsOutOfRange(let tensor, let begin, let end, let dataSize):
            return "tensor '\(tensor)' data_offsets [\(begin), \(end)] are out of range for a data section of \(dataSize) bytes"
        case .shapeMismatch(let tensor, let shape, let dtype, let expected, let actual):
            return "tensor '\(tensor)' of shape \(shape) and dtype \(dtype) needs \(expected) bytes but its data_offsets span \(actual)"
        case .overlappingTensors(let a, let b):
            return "tensors '\(a)' and '\(b)' overlap in the data section"
        case .missingTensor(let name):
            return "no tensor named '\(name)' in the safetensors file"
        case .wrongDType(let tensor, let dtype, let requested):
            return "tensor '\(tensor)' has dtype \(dtype) and cannot be read as \(requested)"
        case .io(let path, let reason):
            return "cannot access safetensors file \(path): \(reason)"
        }
    }
}
