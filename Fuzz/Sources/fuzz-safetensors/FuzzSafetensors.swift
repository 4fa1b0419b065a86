import Foundation
import Transformer

/// The safetensors header reader and tensor accessors: any bytes give a
/// validated file or a `SafetensorsError`; reading every tensor never goes out of bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafetensors(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = try? SafetensorsFile(data: Data(bytes: data, count: size)) else { return 0 }
    for tensor in file.tensors {
        _ = try? file.floatTensor(tensor.name)
        _ = try? file.int64Values(tensor.name)
    }
    return 0
}
