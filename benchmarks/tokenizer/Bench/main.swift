// Benchmarks WordPieceTokenizer.encodeBatch on JSON-lines sentences (median of 5 runs),
// or, with --dump, writes the ids of each input line for parity checks against HF.
//
// Usage: tokenizer-bench TOKENIZER_JSON FILE.jsonl...          (benchmark)
//        tokenizer-bench --dump TOKENIZER_JSON IN.jsonl OUT.txt  (ids, one line per text)
import Dispatch
import Foundation
import TextFeatures

func readTexts(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").map { line in
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return object?["text"] as? String ?? ""
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var args = Array(CommandLine.arguments.dropFirst())
do {
    if args.first == "--dump", args.count == 4 {
        let tokenizer = try WordPieceTokenizer(tokenizerJSON: URL(fileURLWithPath: args[1]))
        let encodings = try tokenizer.encodeBatch(try readTexts(args[2]))
        let out = encodings.map { $0.ids.map(String.init).joined(separator: " ") }.joined(separator: "\n") + "\n"
        try out.write(toFile: args[3], atomically: true, encoding: .utf8)
        exit(0)
    }
    guard args.count >= 2 else {
        FileHandle.standardError.write(Data("usage: tokenizer-bench TOKENIZER_JSON FILE.jsonl...\n".utf8))
        exit(2)
    }
    let tokenizer = try WordPieceTokenizer(tokenizerJSON: URL(fileURLWithPath: args.removeFirst()))
    var texts: [String] = []
    for path in args { texts += try readTexts(path) }
    _ = try tokenizer.encodeBatch(texts)  // warm-up
    var batchTimes: [Double] = []
    var tokens = 0
    for _ in 0..<5 {
        batchTimes.append(try seconds { tokens = try tokenizer.encodeBatch(texts).reduce(0) { $0 + $1.count } })
    }
    var serialTimes: [Double] = []
    for _ in 0..<5 {
        serialTimes.append(seconds { for t in texts { _ = tokenizer.encode(t) } })
    }
    let batch = batchTimes.sorted()[2], serial = serialTimes.sorted()[2]
    print(String(format: "swift encodeBatch: %d sentences, %d tokens, median %.4f s, %.0f sentences/s",
                 texts.count, tokens, batch, Double(texts.count) / batch))
    print(String(format: "swift encode (1 thread): median %.4f s, %.0f sentences/s", serial, Double(texts.count) / serial))
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
