import Foundation

/// The run process's report to the grader: one JSON object per line, flushed
/// as it goes, so a run stopped by a limit still leaves what it measured.
enum RunEvent: Codable {
    case measured(measure: String, value: RunRecord.Measured)
    case bound([String])
    case done(RunRecord)

    /// Appends events to a file, one line each.
    final class Writer {
        private let handle: FileHandle

        init(url: URL) throws {
            FileManager.default.createFile(atPath: url.path, contents: nil)
            handle = try FileHandle(forWritingTo: url)
        }

        func write(_ event: RunEvent) {
            guard var data = try? RunRecord.encoder.encode(event) else { return }
            data.append(0x0A)
            handle.write(data)
        }
    }

    /// The record the events describe: the final one when the run finished, else
    /// the measurements taken before it stopped.
    static func record(from url: URL) -> RunRecord? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var record = RunRecord()
        var any = false
        for line in data.split(separator: 0x0A) {
            guard let event = try? RunRecord.decoder.decode(RunEvent.self, from: Data(line)) else { continue }
            any = true
            switch event {
            case .measured(let measure, let value): record.measurements[measure] = value
            case .bound(let names): record.bound = names
            case .done(let final): return final
            }
        }
        return any ? record : nil
    }
}
