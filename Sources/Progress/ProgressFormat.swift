/// The text of progress bars and lines (pure functions, so tests can pin them).
public enum ProgressFormat {
    /// `embed rt.train  [#########.........]  4096/8530 sentences  612/s  ETA 0:07`,
    /// cut to `width` columns (the bar shrinks first).
    public static func bar(label: String, done: Int, total: Int, unit: String, elapsed: Double, width: Int) -> String {
        let counts = "\(done)/\(total) \(unit)"
        let tail = "  \(counts)  \(rate(done: done, elapsed: elapsed, unit: unit))  ETA \(eta(done: done, total: total, elapsed: elapsed))"
        let room = width - label.count - tail.count - 5
        guard room >= 10 else {
            return String((label + tail).prefix(max(width - 1, 1)))
        }
        let barWidth = min(room, 40)
        let filled = total > 0 ? min(barWidth, barWidth * done / total) : 0
        return label + "  [" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]" + tail
    }

    /// `embed rt.train: 4096/8530 sentences (48%), 612/s, ETA 0:07`.
    public static func line(label: String, done: Int, total: Int, unit: String, elapsed: Double) -> String {
        let percent = total > 0 ? 100 * done / total : 0
        return "\(label): \(done)/\(total) \(unit) (\(percent)%), \(rate(done: done, elapsed: elapsed, unit: unit)), ETA \(eta(done: done, total: total, elapsed: elapsed))"
    }

    /// `embed rt.train: 8530 sentences in 0:14`.
    public static func summary(label: String, done: Int, unit: String, elapsed: Double) -> String {
        "\(label): \(done) \(unit) in \(clock(elapsed))"
    }

    /// Units per second, one decimal below 10.
    static func rate(done: Int, elapsed: Double, unit: String) -> String {
        guard elapsed > 0, done > 0 else { return "–/s" }
        let r = Double(done) / elapsed
        guard r.isFinite, r < 1e15 else { return "–/s" }
        if r >= 10 { return "\(Int(r.rounded()))/s" }
        return "\(Double(Int((r * 10).rounded())) / 10)/s"
    }

    /// Remaining time at the rate so far, as `m:ss` (or `h:mm:ss`).
    static func eta(done: Int, total: Int, elapsed: Double) -> String {
        guard done > 0, total >= done, elapsed > 0 else { return "–" }
        return clock(elapsed * Double(total - done) / Double(done))
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e7 else { return "–" }
        let s = Int(seconds.rounded())
        let (h, m, r) = (s / 3600, s / 60 % 60, s % 60)
        let ss = r < 10 ? "0\(r)" : "\(r)"
        if h > 0 { return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)" }
        return "\(m):\(ss)"
    }
}
