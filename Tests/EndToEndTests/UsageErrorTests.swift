import Foundation
import Testing

private let notebook = Array("# Lab\n\n```lab\nload iris\nshow iris rows=2\n```\n".utf8)

/// Usage errors of every subcommand: exit status 2, `lab: error: …`, no file touched.
struct UsageCase: CustomStringConvertible, Sendable {
    var arguments: [String]
    var expected: String
    var description: String { arguments.joined(separator: " ") }
}

let usageCases: [UsageCase] = [
    UsageCase(arguments: ["embed", "--pooling", "max"], expected: "lab: error: --pooling must be one of cls, mean, mean_normalized, got 'max'"),
    UsageCase(arguments: ["embed", "--batch", "0"], expected: "lab: error: --batch must be in 1...4096, got 0"),
    UsageCase(arguments: ["tokenize", "--max-length=-3"], expected: "lab: error: --max-length must be in 2...8192, got -3"),
    UsageCase(arguments: ["tokenize", "--max-length", "x"], expected: "lab: error: The value 'x' is invalid for '--max-length <max-length>'"),
    UsageCase(arguments: ["run", "nb.md", "--results", "nb.md"], expected: "lab: error: --results 'nb.md' is a source notebook; it would be replaced by JSON"),
    UsageCase(arguments: ["run", "nb.md", "--results", "/dev/null"], expected: "lab: error: --results '/dev/null' is a device, not a file"),
    UsageCase(arguments: ["run", "nb.md", "--results", "sub"], expected: "lab: error: --results 'sub' is a folder, not a file"),
    UsageCase(arguments: ["run", "nb.md", "--output-dir", "."], expected: "lab: error: --output-dir '.' would overwrite the source notebook 'nb.md'"),
    UsageCase(arguments: ["run", "nb.md", "--output-dir", "file.txt"], expected: "lab: error: --output-dir 'file.txt' is a file, not a folder"),
    UsageCase(arguments: ["run", "nb.md", "sub/nb.md"], expected: "lab: error: 'nb.md' and 'sub/nb.md' would both be written to Outputs/nb.md; run them with different --output-dir"),
    UsageCase(arguments: ["run", "nb.md", "--results", "Outputs/nb.md"], expected: "lab: error: --results 'Outputs/nb.md' is where the run writes 'nb.md'; choose another file"),
    UsageCase(arguments: ["run", "nb.md", "--param", "novalue"], expected: "lab: error: --param expects NAME=VALUE, got 'novalue'"),
    UsageCase(arguments: ["run", "--bogus", "nb.md"], expected: "lab: error: Unknown option '--bogus'"),
]

@Test(arguments: usageCases)
func usageErrorsExitTwoWithOneShapeAndTouchNoFile(_ usage: UsageCase) throws {
    let dir = try LabProcess.scratch(["nb.md": notebook, "sub/nb.md": notebook, "file.txt": Array("x".utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let before = LabProcess.snapshot(dir)
    let result = try LabProcess.run(usage.arguments, in: dir, environment: ["LAB_MODELS_DIR": dir.path])
    #expect(result.status == 2)
    let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first == usage.expected, "stderr was:\n\(result.stderr)")
    #expect(!result.stderr.contains("Error Domain="))
    #expect(LabProcess.snapshot(dir) == before)
}

@Test func aRunSurvivesAClosedOrFullStandardError() throws {
    let dir = try LabProcess.scratch(["nb.md": Array("# Lab\n\n```lab\nload nosuch\n```\n".utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    for redirect in ["2>&-", "2>/dev/full"] {
        let ended = try LabProcess.runWithStandardError(redirect, ["run", "nb.md"], in: dir)
        #expect(ended.reason == .exit && ended.status == 1, "\(redirect)")
    }
}

@Test func aNotebookThatIsAFIFOIsRefusedWithoutBlocking() throws {
    let dir = try LabProcess.scratch([:])
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(mkfifo(dir.appendingPathComponent("pipe.md").path, 0o600) == 0)
    let result = try LabProcess.run(["run", "pipe.md"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr == "lab: error: cannot read the notebook 'pipe.md'\n")
}

@Test func devicesAndFIFOsInsideADatasetFolderAreRefusedWithTheCacheOn() throws {
    let dir = try LabProcess.scratch([
        "nb.md": Array("# Lab\n\n```lab\nload ds\n```\n".utf8),
        "ds/test.csv": Array("a,label\n1,0\n".utf8),
        "nb2.md": Array("# Lab\n\n```lab\nload \"pipe.csv\"\n```\n".utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("ds/train.csv"),
                                               withDestinationURL: URL(fileURLWithPath: "/dev/zero"))
    #expect(mkfifo(dir.appendingPathComponent("pipe.csv").path, 0o600) == 0)
    let linked = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(linked.status == 1)
    #expect(linked.stderr.contains("'train.csv' resolves outside the notebook's folder and the data path"), "\(linked.stderr)")
    let fifo = try LabProcess.run(["run", "nb2.md"], in: dir)
    #expect(fifo.status == 1)
    #expect(fifo.stderr.contains("'pipe.csv' is not a regular file"), "\(fifo.stderr)")
}
