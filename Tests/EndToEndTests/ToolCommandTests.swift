import Foundation
import Testing

/// Model-dependent checks run only where `scripts/fetch-model.sh` has installed the model.
let modelInstalled: Bool = {
    let env = ProcessInfo.processInfo.environment
    let root = env["LAB_MODELS_DIR"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: env["HOME"] ?? "/root").appendingPathComponent(".cache/labbook/models")
    return FileManager.default.fileExists(atPath: root.appendingPathComponent("minilm/tokenizer.json").path)
}()

@Test(.enabled(if: modelInstalled))
func tokenizeCommandWritesHuggingFaceIdsAsJSONLines() throws {
    let dir = try LabProcess.scratch(["in.txt": Array("Hello, World!\n".utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let process = Process()
    process.executableURL = LabProcess.executable
    process.arguments = ["tokenize", "--model", "minilm"]
    process.standardInput = try FileHandle(forReadingFrom: dir.appendingPathComponent("in.txt"))
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self) == "{\"ids\":[101,7592,1010,2088,999,102]}\n")
}

@Test func aMissingModelNamesTheFetchCommand() throws {
    let dir = try LabProcess.scratch([:])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try LabProcess.run(["tokenize", "--model", "nosuch"], in: dir, environment: ["LAB_MODELS_DIR": dir.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bash scripts/fetch-model.sh"))
}
