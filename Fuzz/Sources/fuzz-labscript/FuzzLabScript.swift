import LabRuntime
import LabScript

/// Lexer, parser and checker on arbitrary directive text: any input gives
/// diagnostics, never a trap; every diagnostic renders.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLabScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (directives, diagnostics) = LabScript.Parser.parse(text, file: "f.md")
    for diagnostic in diagnostics { _ = diagnostic.description }
    let checker = Checker(specs: DirectiveRegistry.specs)
    for diagnostic in checker.check(directives, parameters: ["n"]) { _ = diagnostic.description }
    return 0
}
