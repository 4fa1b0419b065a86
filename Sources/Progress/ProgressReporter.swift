import Foundation

/// Where progress of long steps goes: standard error, never an output file.
///
/// On a terminal, one bar per task redrawn in place (count, rate, ETA); when
/// standard error is a file or a pipe, sparse plain lines (at most one per
/// task every `lineInterval` seconds, and a closing line when any was printed);
/// nothing at all when off (`--quiet`). Tasks shorter than `delay` print nothing.
public final class ProgressReporter: @unchecked Sendable {
    /// How progress is shown.
    public enum Mode: Sendable, Equatable {
        /// A bar redrawn in place (a terminal).
        case bar(width: Int)
        /// Occasional plain lines (a file or a pipe).
        case lines
        /// Nothing.
        case off
    }

    /// How progress is shown.
    public let mode: Mode
    /// Seconds a task runs before anything is shown.
    public var delay: Double = 0.5
    /// Seconds between two plain lines of one task.
    public var lineInterval: Double = 5
    /// Seconds between two redraws of a bar.
    public var redrawInterval: Double = 0.1
    let write: (String) -> Void
    let now: () -> Double

    /// A reporter with an explicit mode, sink and clock (for tests).
    public init(mode: Mode, write: @escaping (String) -> Void, now: @escaping () -> Double) {
        self.mode = mode
        self.write = write
        self.now = now
    }

    /// The reporter for this process: a bar when standard error is a terminal,
    /// plain lines otherwise, nothing when `quiet`.
    public static func standardError(quiet: Bool) -> ProgressReporter {
        let mode: Mode
        if quiet {
            mode = .off
        } else if isatty(STDERR_FILENO) != 0, ProcessInfo.processInfo.environment["TERM"] != "dumb" {
            mode = .bar(width: Terminal.columns(STDERR_FILENO) ?? 80)
        } else {
            mode = .lines
        }
        return ProgressReporter(mode: mode, write: StandardErrorStream.write,
                                now: { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 })
    }

    /// A reporter that shows nothing.
    public static let silent = ProgressReporter(mode: .off, write: { _ in }, now: { 0 })

    /// Starts a task of `total` units (`sentences`, `trees`, `epochs`).
    public func start(_ label: String, total: Int, unit: String) -> ProgressTask {
        ProgressTask(reporter: self, label: label, total: total, unit: unit)
    }

    /// Writes one line of news about a long step (e.g. a finished epoch) unless progress is
    /// off; on a terminal it first clears a bar drawn on the current line.
    public func note(_ line: String) {
        switch mode {
        case .off: return
        case .bar: write("\r\u{1B}[2K" + line + "\n")
        case .lines: write(line + "\n")
        }
    }
}

/// The size of the terminal.
enum Terminal {
    /// Columns of the terminal on `descriptor`, if it is one.
    static func columns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
