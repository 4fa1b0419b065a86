import Foundation

/// One long piece of work reporting its progress.
///
/// Call `advance(by:)` as units complete (from any thread) and `finish()` at the end.
public final class ProgressTask: @unchecked Sendable {
    let reporter: ProgressReporter
    let label: String
    let total: Int
    let unit: String
    let started: Double
    private(set) var done = 0
    private var lastShown: Double?
    private var finished = false
    private let lock = NSLock()

    init(reporter: ProgressReporter, label: String, total: Int, unit: String) {
        self.reporter = reporter
        self.label = label
        self.total = max(total, 0)
        self.unit = unit
        self.started = reporter.now()
    }

    /// Records `count` more units done and redraws when it is time.
    public func advance(by count: Int = 1) {
        lock.lock(); defer { lock.unlock() }
        done = min(done + max(count, 0), total)
        show(final: false)
    }

    /// Ends the task: completes the bar (or prints a closing line) if anything was shown.
    public func finish() {
        lock.lock(); defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        show(final: true)
    }

    private func show(final: Bool) {
        let t = reporter.now()
        let elapsed = t - started
        switch reporter.mode {
        case .off:
            return
        case .bar(let width):
            if final {
                guard lastShown != nil else { return }
                reporter.write("\r\u{1B}[2K" + ProgressFormat.summary(label: label, done: done, unit: unit, elapsed: elapsed) + "\n")
                return
            }
            guard elapsed >= reporter.delay else { return }
            if let last = lastShown, t - last < reporter.redrawInterval, done < total { return }
            lastShown = t
            reporter.write("\r\u{1B}[2K" + ProgressFormat.bar(label: label, done: done, total: total, unit: unit,
                                                               elapsed: elapsed, width: width))
        case .lines:
            if final {
                guard lastShown != nil else { return }
                reporter.write(ProgressFormat.summary(label: label, done: done, unit: unit, elapsed: elapsed) + "\n")
                return
            }
            let due = lastShown.map { t - $0 >= reporter.lineInterval } ?? (elapsed >= reporter.lineInterval)
            guard due else { return }
            lastShown = t
            reporter.write(ProgressFormat.line(label: label, done: done, total: total, unit: unit, elapsed: elapsed) + "\n")
        }
    }
}
