import Foundation

/// The list of SVG files labbook wrote into a figure folder (`NAME/.labbook-figures`),
/// so that clean-up removes only those: an author's own files in the folder are never touched.
struct FigureManifest {
    /// The figure folder.
    var folder: URL

    /// The manifest file.
    var url: URL { folder.appendingPathComponent(".labbook-figures") }

    /// The manifest's text: one file name per line.
    static func text(_ names: [String]) -> String {
        names.map { $0 + "\n" }.joined()
    }

    /// The names the last run recorded (none when there is no manifest).
    func names() -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { !$0.contains("/") && $0.hasSuffix(".svg") && !$0.hasPrefix(".") }
    }

    /// Removes the recorded SVGs this run did not draw again; with nothing kept, the
    /// manifest too, and the folder when that leaves it empty.
    func removeStale(previous: [String], keeping: Set<String>) {
        for file in previous where !keeping.contains(file) {
            let path = folder.appendingPathComponent(file).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        if keeping.isEmpty {
            try? FileManager.default.removeItem(at: url)
            if (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                try? FileManager.default.removeItem(at: folder)
            }
        }
    }
}
