import Foundation
import Transformer

/// The safetensors header reader and tensor accessors: any bytes give a
/// validated file or a `SafetensorsError`; reading every tensor never goes out of bounds.
func fuzzSafetensors(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard let file = try? SafetensorsFile(data: Data(bytes: data, count: size)) else { return 0 }
    for tensor in file.tensors {
        _ = try? file.floatTensor(tensor.name)
        _ = try? file.int64Values(tensor.name)
    }
    return 0
}

// libFuzzer's driver, entered from Swift's own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var arguments = CommandLine.argc
var vector = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector, fuzzSafetensors))
