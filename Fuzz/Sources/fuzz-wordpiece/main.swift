import Foundation
import TextFeatures

/// The WordPiece tokenizer of the test fixture (`tiny-tokenizer.json`) on arbitrary
/// text: single texts, pairs (split at the first NUL) and truncation never trap,
/// and ids, tokens and the attention mask stay aligned.
let tokenizer: WordPieceTokenizer = {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Tests/Fixtures/TextFeatures/tiny-tokenizer.json").standardizedFileURL
    do { return try WordPieceTokenizer(tokenizerJSON: fixture) } catch { fatalError("cannot load \(fixture.path): \(error)") }
}()

func fuzzWordPiece(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let mode = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let single = tokenizer.encode(text)
    precondition(single.ids.count == single.tokens.count && single.ids.count == single.attentionMask.count)
    _ = try? tokenizer.encode(text, maxLength: Int(mode % 40))
    let parts = text.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
    if parts.count == 2 {
        _ = try? tokenizer.encode(String(parts[0]), pair: String(parts[1]), maxLength: mode % 2 == 0 ? nil : Int(mode % 64))
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
exit(LLVMFuzzerRunDriver(&arguments, &vector, fuzzWordPiece))
