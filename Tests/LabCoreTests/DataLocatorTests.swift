import Foundation
import LabCore
import Testing

private func makeTree() throws -> (URL, URL) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("labcore-locator-\(UUID().uuidString)")
    let notebook = base.appendingPathComponent("notebook")
    let outside = base.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: notebook.appendingPathComponent("data"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try "a,target\n1,0\n".write(to: notebook.appendingPathComponent("data/ok.csv"), atomically: true, encoding: .utf8)
    try "a,target\n1,0\n".write(to: outside.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(at: notebook.appendingPathComponent("data/link.csv"),
                                               withDestinationURL: outside.appendingPathComponent("secret.csv"))
    return (notebook, outside)
}

@Test func pathsInsideTheNotebookFolderResolve() throws {
    let (notebook, _) = try makeTree()
    defer { try? FileManager.default.removeItem(at: notebook.deletingLastPathComponent()) }
    let locator = DataLocator(notebookDirectory: notebook, dataDirectories: [])
    #expect(try locator.resolve(path: "data/ok.csv").lastPathComponent == "ok.csv")
}

@Test(arguments: ["../outside/secret.csv", "data/link.csv"])
func escapesAreRefused(path: String) throws {
    let (notebook, _) = try makeTree()
    defer { try? FileManager.default.removeItem(at: notebook.deletingLastPathComponent()) }
    let locator = DataLocator(notebookDirectory: notebook, dataDirectories: [])
    do {
        _ = try locator.resolve(path: path)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "'\(path)' leads outside the notebook's folder and the data path; data must stay inside them")
    }
}

@Test func absolutePathsOutsideTheRootsAreRefused() throws {
    let (notebook, outside) = try makeTree()
    defer { try? FileManager.default.removeItem(at: notebook.deletingLastPathComponent()) }
    let locator = DataLocator(notebookDirectory: notebook, dataDirectories: [])
    let path = outside.appendingPathComponent("secret.csv").path
    do {
        _ = try locator.resolve(path: path)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)".contains("is outside the notebook's folder and the data path"))
    }
}

@Test func aFolderOfSplitFilesLoadsWithItsSplits() throws {
    let (notebook, _) = try makeTree()
    defer { try? FileManager.default.removeItem(at: notebook.deletingLastPathComponent()) }
    let folder = notebook.appendingPathComponent("reviews")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "{\"text\": \"good\", \"label\": 1}\n{\"text\": \"bad\", \"label\": 0}\n".write(to: folder.appendingPathComponent("train.jsonl"), atomically: true, encoding: .utf8)
    try "{\"text\": \"fine\", \"label\": 1}\n".write(to: folder.appendingPathComponent("test.jsonl"), atomically: true, encoding: .utf8)
    let locator = DataLocator(notebookDirectory: notebook, dataDirectories: [])
    let url = try #require(locator.find(name: "reviews"))
    let dataset = try DatasetLoader.load(url, name: "reviews", target: nil, text: nil)
    #expect(dataset.splits.map(\.name) == ["train", "test"])
    #expect(dataset.split(named: "train")?.rowCount == 2)
    #expect(try dataset.split(named: "test")?.texts() == ["fine"])
    #expect(dataset.classKeys == ["0", "1"])
}
