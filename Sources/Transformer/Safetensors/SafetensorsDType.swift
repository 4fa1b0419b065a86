/// The element types a safetensors tensor may hold (the subset this reader understands).
public enum SafetensorsDType: String, CaseIterable, Sendable {
    /// IEEE 754 binary64.
    case f64 = "F64"
    /// IEEE 754 binary32.
    case f32 = "F32"
    /// IEEE 754 binary16.
    case f16 = "F16"
    /// bfloat16: the upper 16 bits of a binary32.
    case bf16 = "BF16"
    /// Signed 64-bit integer.
    case i64 = "I64"
    /// Signed 32-bit integer.
    case i32 = "I32"

    /// Bytes per element.
    public var byteSize: Int {
        switch self {
        case .f64, .i64: return 8
        case .f32, .i32: return 4
        case .f16, .bf16: return 2
        }
    }

    /// Whether the values are floating point (and so convertible to `Float`).
    public var isFloatingPoint: Bool {
        switch self {
        case .f64, .f32, .f16, .bf16: return true
        case .i64, .i32: return false
        }
    }
}
