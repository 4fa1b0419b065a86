import Foundation
import LabCore
import Notebook
#if canImport(Glibc)
import Glibc
#endif

/// Writes a run's products: the spliced notebook, its figures and its results JSON.
struct NotebookWriter {
    var notebook: ParsedNotebook
    /// The notebook's name without extension (`evaluation-metrics`).
    var name: String
    /// The source file.
    var source: URL
    var options: RunOptions

    /// Writes every file of the run or none: everything is staged beside its target,
    /// then renamed into place (see `WriteBatch`). Only after that are the SVGs that an
    /// earlier run wrote (listed in the figure folder's manifest) and this run no longer
    /// draws removed; files labbook did not write are never touched.
    func write(outputs: [Int: [Output]], inlineValues: [Int: String] = [:], records: [ResultRecord], report: inout RunReport) throws {
        let markdownURL = options.inPlace ? try inPlaceTarget()
            : options.outputDirectory.appendingPathComponent(source.lastPathComponent)
        let figureFolder = markdownURL.deletingLastPathComponent().appendingPathComponent(name)
        let style: MarkdownRenderer.FigureStyle = options.embedSVG ? .inline : .link(folder: name)
        var bodies: [Int: String] = [:]
        var figures: [FigureOutput] = []
        let named = Self.uniqueFigureNames(outputs, blocks: notebook.blocks.map(\.index))
        for block in notebook.blocks {
            let blockOutputs = named[block.index] ?? []
            bodies[block.index] = MarkdownRenderer.render(blockOutputs, figures: style)
            for case .figure(let figure) in blockOutputs { figures.append(figure) }
        }
        let hidden = options.inPlace ? [] : Set(notebook.blocks.filter(\.isHidden).map(\.index))
        let spliced = Splicer.splice(notebook, bodies: bodies, hiding: hidden, values: inlineValues, keepExpressions: options.inPlace)
        // The spliced notebook must read back with the same blocks, or a region swallowed its marker.
        guard let reread = try? NotebookParser.parse(path: notebook.path, bytes: spliced),
              reread.blocks.count == notebook.blocks.count - hidden.count else {
            throw RunError.cannotWrite(markdownURL.path, reason: "the rendered output would not read back as the same notebook")
        }
        var batch = WriteBatch()
        let manifest = FigureManifest(folder: figureFolder)
        let previous = manifest.names()
        var current: [String] = []
        if !options.embedSVG {
            for figure in figures {
                let file = "\(figure.name).svg"
                batch.add(figure.svg, to: figureFolder.appendingPathComponent(file))
                current.append(file)
            }
            if !current.isEmpty { batch.add(FigureManifest.text(current), to: manifest.url) }
        }
        batch.add(spliced, to: markdownURL, mode: options.inPlace ? Self.permissions(of: markdownURL) : nil)
        let json = ResultsDocument(notebook: source.lastPathComponent, records: records).text
        let resultsURL = options.inPlace
            ? markdownURL.deletingLastPathComponent().appendingPathComponent("\(name).json")
            : options.outputDirectory.appendingPathComponent("\(name).json")
        batch.add(json, to: resultsURL)
        if let results = options.resultsFile { batch.add(json, to: results) }
        try batch.commit()
        report.written += batch.targets.filter { $0 != manifest.url }
        if !options.embedSVG { manifest.removeStale(previous: previous, keeping: Set(current)) }
    }

    /// The outputs with figure stems made unique in document order (`…-2` for a repeat).
    static func uniqueFigureNames(_ outputs: [Int: [Output]], blocks: [Int]) -> [Int: [Output]] {
        var used = Set<String>()
        var result: [Int: [Output]] = [:]
        for block in blocks.sorted() {
            guard let list = outputs[block] else { continue }
            result[block] = list.map { output in
                guard case .figure(var figure) = output else { return output }
                let base = figure.name
                var k = 2
                while used.contains(figure.name) { figure.name = "\(base)-\(k)"; k += 1 }
                used.insert(figure.name)
                return .figure(figure)
            }
        }
        return result
    }

    /// The file `--in-place` writes: the notebook, or what its symbolic link points to.
    /// - Throws: `RunError.cannotWrite` when the user may not write it.
    private func inPlaceTarget() throws -> URL {
        guard let real = FileConfinement.realPath(source.path) else {
            throw RunError.cannotWrite(source.path, reason: "the notebook no longer exists")
        }
        var info = stat()
        let readOnly = stat(real, &info) == 0 && (info.st_mode & 0o222) == 0
        guard access(real, W_OK) == 0, !readOnly else {
            throw RunError.cannotWrite(source.path, reason: "the notebook is not writable; --in-place leaves it as it is")
        }
        return URL(fileURLWithPath: real)
    }

    /// Permission bits of an existing file (so `--in-place` keeps them).
    private static func permissions(of url: URL) -> mode_t? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// The results contract: `{"notebook": "NAME.md", "records": [...]}`.
struct ResultsDocument {
    var notebook: String
    var records: [ResultRecord]

    /// Pretty JSON (arrays of numbers on one line), ending with a newline.
    var text: String {
        JSONValue.object([("notebook", .string(notebook)), ("records", .array(records.map(\.json)))]).pretty() + "\n"
    }
}
