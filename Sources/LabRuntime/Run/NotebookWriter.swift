import Foundation
import Notebook

/// Writes a run's products: the spliced notebook, its figures and its results JSON.
struct NotebookWriter {
    var notebook: ParsedNotebook
    /// The notebook's name without extension (`evaluation-metrics`).
    var name: String
    /// The source file.
    var source: URL
    var options: RunOptions

    /// Writes every file atomically; stale SVGs from earlier runs are removed
    /// from the figure folder.
    func write(outputs: [Int: [Output]], records: [ResultRecord], report: inout RunReport) throws {
        let markdownURL = options.inPlace ? source
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
        let spliced = Splicer.splice(notebook, bodies: bodies)
        // The spliced notebook must read back with the same blocks, or a region swallowed its marker.
        guard let reread = try? NotebookParser.parse(path: notebook.path, bytes: spliced),
              reread.blocks.count == notebook.blocks.count else {
            throw RunError.cannotWrite("\(markdownURL.path) (the rendered output would not read back as the same notebook; nothing was written)")
        }
        if !options.embedSVG {
            for figure in figures {
                let url = figureFolder.appendingPathComponent("\(figure.name).svg")
                try AtomicFile.write(figure.svg, to: url)
                report.written.append(url)
            }
            try removeStaleFigures(in: figureFolder, keeping: Set(figures.map { "\($0.name).svg" }))
        }
        try AtomicFile.write(spliced, to: markdownURL)
        report.written.append(markdownURL)
        let json = ResultsDocument(notebook: source.lastPathComponent, records: records).text
        let resultsURL = options.inPlace
            ? source.deletingLastPathComponent().appendingPathComponent("\(name).json")
            : options.outputDirectory.appendingPathComponent("\(name).json")
        try AtomicFile.write(json, to: resultsURL)
        report.written.append(resultsURL)
        if let results = options.resultsFile {
            try AtomicFile.write(json, to: results)
            report.written.append(results)
        }
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

    private func removeStaleFigures(in folder: URL, keeping: Set<String>) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for file in names where file.hasSuffix(".svg") && !keeping.contains(file) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
        if keeping.isEmpty, (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: folder)
        }
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
