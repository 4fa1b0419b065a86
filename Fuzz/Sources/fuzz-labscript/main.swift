import Foundation
import LabRuntime
import LabScript

/// The real registry's checker, built once (not per input).
let checker = Checker(specs: DirectiveRegistry.specs)

/// Lexer, parser and checker on arbitrary directive text: any input gives
/// diagnostics, never a trap; every diagnostic renders.
func fuzzLabScript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (directives, diagnostics) = LabScript.Parser.parse(text, file: "f.md")
    for diagnostic in diagnostics { _ = diagnostic.description }
    for diagnostic in checker.check(directives, parameters: ["n"]) { _ = diagnostic.description }
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
exit(LLVMFuzzerRunDriver(&arguments, &vector, fuzzLabScript))
