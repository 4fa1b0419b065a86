import Foundation
import Notebook

/// Notebook parser + splicer. Properties, whenever the bytes parse: splicing
/// bodies into every block's region leaves the text outside regions unchanged,
/// reads back with the same blocks, and splicing again is idempotent.
func fuzzNotebook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let source = try? NotebookParser.parse(path: "f.md", bytes: bytes) else { return 0 }
    let bodies = Dictionary(uniqueKeysWithValues: source.blocks.map { ($0.index, "r\($0.index)\n\n| x |") })
    let once = Splicer.splice(source, bodies: bodies)
    guard let reparsed = try? NotebookParser.parse(path: "f.md", bytes: once) else {
        fatalError("spliced output does not parse")
    }
    precondition(Splicer.strippingRegions(reparsed) == Splicer.strippingRegions(source), "text outside regions changed")
    precondition(reparsed.blocks.count == source.blocks.count, "block count changed")
    precondition(Splicer.splice(reparsed, bodies: bodies) == once, "splicing is not idempotent")
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
exit(LLVMFuzzerRunDriver(&arguments, &vector, fuzzNotebook))
