import Foundation
import LabCore

/// The JSON-lines reader: any bytes give a table or a `DataError`, never a trap.
func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let table = try? JSONLinesReader.read(bytes, file: "f.jsonl") {
        for column in table.columns { for row in 0..<table.rowCount { _ = column.values.text(at: row) } }
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
exit(LLVMFuzzerRunDriver(&arguments, &vector, fuzzJSONL))
