import Foundation
import LabCore
import LabRuntime
import Testing

/// A notebook folder beside an `outside` folder holding a planted secret.
struct ConfinementScratch {
    let base: URL
    let notebooks: URL
    let outside: URL
    static let secret = "PLANTED-SECRET-7f3a"

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("lab-confine-\(UUID().uuidString)")
        notebooks = base.appendingPathComponent("nb")
        outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "text,label\n\(Self.secret),1\n\(Self.secret) again,0\n"
            .write(to: outside.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
        try "{\"train_indices\": [0], \"test_indices\": [1]}\n"
            .write(to: outside.appendingPathComponent("split.json"), atomically: true, encoding: .utf8)
        try "[PAD]\n[UNK]\n[CLS]\n[SEP]\n\(Self.secret)\n"
            .write(to: outside.appendingPathComponent("vocab.txt"), atomically: true, encoding: .utf8)
    }

    /// Removes the scratch folders (callers `defer` it).
    func remove() { try? FileManager.default.removeItem(at: base) }

    func write(_ text: String, to path: String) throws {
        let url = notebooks.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func link(_ path: String, to target: URL) throws {
        let url = notebooks.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
    }

    /// Runs `code` as the only block of `nb.md` with `--keep-going`, so any output would be written.
    func run(_ code: String, dataDirectories: [URL] = []) throws -> (RunReport, String) {
        try write("# Lab\n\n```lab\n\(code)\n```\n", to: "nb.md")
        var options = RunOptions(outputDirectory: notebooks.appendingPathComponent("Outputs"))
        options.keepGoing = true
        options.dataDirectories = dataDirectories
        let report = NotebookRunner.run(notebooks.appendingPathComponent("nb.md"), displayPath: "nb.md", options: options)
        var everything = report.messages.joined(separator: "\n")
        if let walker = FileManager.default.enumerator(atPath: notebooks.appendingPathComponent("Outputs").path) {
            for case let file as String in walker {
                let data = FileManager.default.contents(atPath: notebooks.appendingPathComponent("Outputs/\(file)").path) ?? Data()
                everything += String(decoding: data, as: UTF8.self)
            }
        }
        return (report, everything)
    }
}

@Test func aSplitFileLinkingOutsideTheRootsIsRefusedAndTheSecretNeverAppears() throws {
    let scratch = try ConfinementScratch()
    defer { scratch.remove() }
    try scratch.link("ds/train.csv", to: scratch.outside.appendingPathComponent("secret.csv"))
    try scratch.write("text,label\nfine,1\n", to: "ds/test.csv")
    for code in ["load ds\nshow ds", "load \"ds\"\nshow ds"] {
        let (report, everything) = try scratch.run(code)
        #expect(report.failed)
        #expect(everything.contains("'train.csv' resolves outside the notebook's folder and the data path"))
        #expect(!everything.contains(ConfinementScratch.secret))
    }
}

@Test func aDataFileLinkingOutsideTheRootsByBareNameIsRefused() throws {
    let scratch = try ConfinementScratch()
    defer { scratch.remove() }
    try scratch.link("reviews.csv", to: scratch.outside.appendingPathComponent("secret.csv"))
    let (report, everything) = try scratch.run("load reviews\nshow reviews")
    #expect(report.failed)
    #expect(!everything.contains(ConfinementScratch.secret))
}

@Test func anIndexFileLinkingOutsideTheRootsIsRefused() throws {
    let scratch = try ConfinementScratch()
    defer { scratch.remove() }
    try scratch.link("split.json", to: scratch.outside.appendingPathComponent("split.json"))
    let (report, everything) = try scratch.run("load iris\nsplit iris indices=\"split.json\"")
    #expect(report.failed)
    #expect(everything.contains("leads outside") || everything.contains("resolves outside"))
}

@Test func aTokenizerFileLinkingOutsideTheRootsIsRefused() throws {
    let scratch = try ConfinementScratch()
    defer { scratch.remove() }
    try scratch.link("model/vocab.txt", to: scratch.outside.appendingPathComponent("vocab.txt"))
    try scratch.write("text,label\nhello,1\nworld,0\n", to: "texts.csv")
    let (report, everything) = try scratch.run("load \"texts.csv\"\ntokenize texts with wordpiece model=\"model\"")
    #expect(report.failed)
    #expect(everything.contains("resolves outside"))
    #expect(!everything.contains(ConfinementScratch.secret))
}

@Test func aFIFOIsRefusedAsDataWithoutBlocking() throws {
    let scratch = try ConfinementScratch()
    defer { scratch.remove() }
    let fifo = scratch.notebooks.appendingPathComponent("pipe.csv")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let (report, everything) = try scratch.run("load \"pipe.csv\"")
    #expect(report.failed)
    #expect(everything.contains("'pipe.csv' is not a regular file"))
}

@Test func procIsNeverData() throws {
    let confinement = FileConfinement(roots: [URL(fileURLWithPath: "/")])
    #expect(throws: FileAccessError.outsideRoots("environ")) {
        _ = try confinement.read(URL(fileURLWithPath: "/proc/self/environ"))
    }
    #expect(throws: FileAccessError.outsideRoots("null")) {
        _ = try confinement.read(URL(fileURLWithPath: "/dev/null"))
    }
}

@Test func aLinkInsideTheRootsIsFollowed() throws {
    let scratch = try ConfinementScratch()
    defer { scratch.remove() }
    try scratch.write("a,target\n1,0\n2,1\n", to: "real/data.csv")
    try scratch.link("alias.csv", to: scratch.notebooks.appendingPathComponent("real/data.csv"))
    let confinement = FileConfinement(roots: [scratch.notebooks])
    #expect(try confinement.read(scratch.notebooks.appendingPathComponent("alias.csv")) == Array("a,target\n1,0\n2,1\n".utf8))
}
