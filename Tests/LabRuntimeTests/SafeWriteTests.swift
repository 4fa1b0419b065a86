import Foundation
import LabRuntime
import Notebook
import Testing

/// A scratch folder with a notebook that draws one figure.
private struct WriteScratch {
    let dir: URL
    static let plotting = "# Lab\n\n```lab\nload iris\nsplit iris test=0.3 seed=1\ntrain tree max_depth=2 on iris.train as t\nplot confusion t on iris.test\n```\n"

    init(_ notebook: String = WriteScratch.plotting, name: String = "nb.md") throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("lab-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try notebook.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Removes the scratch folder (callers `defer` it).
    func remove() { try? FileManager.default.removeItem(at: dir) }

    func run(_ name: String = "nb.md", _ configure: (inout RunOptions) -> Void = { _ in }) -> RunReport {
        var options = RunOptions(outputDirectory: dir.appendingPathComponent("Outputs"))
        configure(&options)
        return NotebookRunner.run(dir.appendingPathComponent(name), displayPath: name, options: options)
    }

    func snapshot() -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: dir.path) else { return result }
        for case let file as String in walker {
            result[file] = FileManager.default.contents(atPath: dir.appendingPathComponent(file).path) ?? Data("<dir>".utf8)
        }
        return result
    }
}

@Test func aResultsFileThatCannotBeWrittenLeavesEveryOutputAsItWas() throws {
    let scratch = try WriteScratch()
    defer { scratch.remove() }
    #expect(!scratch.run().failed)
    // A later run whose --results lies under a regular file cannot stage it.
    try "x".write(to: scratch.dir.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
    try (WriteScratch.plotting.replacingOccurrences(of: "plot confusion t on iris.test\n", with: ""))
        .write(to: scratch.dir.appendingPathComponent("nb.md"), atomically: true, encoding: .utf8)
    let before = scratch.snapshot()
    let report = scratch.run { $0.resultsFile = scratch.dir.appendingPathComponent("blocker/results.json") }
    #expect(report.failed)
    #expect(report.messages.first?.hasPrefix("lab: error: cannot write '") == true)
    #expect(report.messages.first?.hasSuffix("nothing of this run was written") == true)
    #expect(scratch.snapshot() == before, "old SVGs and outputs must stay")
}

@Test func anOutputPathThatIsAFolderIsRefusedAndNothingIsWritten() throws {
    let scratch = try WriteScratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(at: scratch.dir.appendingPathComponent("Outputs/nb.json"), withIntermediateDirectories: true)
    let before = scratch.snapshot()
    let report = scratch.run()
    #expect(report.failed)
    #expect(report.messages == ["lab: error: cannot write '\(scratch.dir.path)/Outputs/nb.json': it is a folder; nothing of this run was written"])
    #expect(scratch.snapshot() == before)
}

@Test func figureCleanUpRemovesOnlyFilesLabbookWrote() throws {
    let scratch = try WriteScratch()
    defer { scratch.remove() }
    #expect(!scratch.run { $0.inPlace = true }.failed)
    let figures = scratch.dir.appendingPathComponent("nb")
    try "<svg>mine</svg>".write(to: figures.appendingPathComponent("mine.svg"), atomically: true, encoding: .utf8)
    try (WriteScratch.plotting.replacingOccurrences(of: "plot confusion t on iris.test\n", with: ""))
        .write(to: scratch.dir.appendingPathComponent("nb.md"), atomically: true, encoding: .utf8)
    #expect(!scratch.run { $0.inPlace = true }.failed)
    let left = try FileManager.default.contentsOfDirectory(atPath: figures.path)
    #expect(left == ["mine.svg"])
}

@Test func inPlaceKeepsTheModeAndWritesThroughALink() throws {
    let scratch = try WriteScratch()
    defer { scratch.remove() }
    let real = scratch.dir.appendingPathComponent("nb.md")
    #expect(chmod(real.path, 0o640) == 0)
    try FileManager.default.createSymbolicLink(at: scratch.dir.appendingPathComponent("link.md"), withDestinationURL: real)
    #expect(!scratch.run("link.md") { $0.inPlace = true }.failed)
    let attributes = try FileManager.default.attributesOfItem(atPath: scratch.dir.appendingPathComponent("link.md").path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    let text = try String(contentsOf: real, encoding: .utf8)
    #expect(text.contains("<!-- lab:output -->"))
    let mode = try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
}

@Test func inPlaceRefusesAReadOnlyNotebook() throws {
    let scratch = try WriteScratch()
    defer { scratch.remove() }
    let real = scratch.dir.appendingPathComponent("nb.md")
    #expect(chmod(real.path, 0o444) == 0)
    let before = scratch.snapshot()
    let report = scratch.run { $0.inPlace = true }
    #expect(report.failed)
    #expect(report.messages.first?.contains("the notebook is not writable") == true)
    #expect(scratch.snapshot() == before)
}

@Test func anOutputThatIsALinkToADeviceIsReplacedNotWrittenThrough() throws {
    let scratch = try WriteScratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(at: scratch.dir.appendingPathComponent("Outputs"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: scratch.dir.appendingPathComponent("Outputs/nb.json"),
                                               withDestinationURL: URL(fileURLWithPath: "/dev/full"))
    #expect(!scratch.run().failed)
    let attributes = try FileManager.default.attributesOfItem(atPath: scratch.dir.appendingPathComponent("Outputs/nb.json").path)
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
}

@Test(arguments: ["my lab.md", "a (1) [x].md", "50%<b>.md"])
func figureLinksParseAsImagesForAnyNotebookName(_ name: String) throws {
    let scratch = try WriteScratch(name: name)
    defer { scratch.remove() }
    #expect(!scratch.run(name).failed)
    let markdown = try String(contentsOf: scratch.dir.appendingPathComponent("Outputs/\(name)"), encoding: .utf8)
    let html = HTMLRenderer.render(markdown: markdown)
    let stem = String(name.dropLast(3))
    let encoded = stem.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"))!
    #expect(html.contains("<img src=\"\(encoded)/confusion-t-iris-test.svg\""), "\(html)")
    #expect(FileManager.default.fileExists(atPath: scratch.dir.appendingPathComponent("Outputs/\(stem)/confusion-t-iris-test.svg").path))
}
