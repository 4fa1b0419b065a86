import Testing
@testable import Progress

/// A reporter on a hand-driven clock that collects what it writes.
final class Recorder {
    var time = 0.0
    var written: [String] = []
    lazy var reporter = ProgressReporter(mode: mode, write: { [unowned self] in written.append($0) }, now: { [unowned self] in time })
    let mode: ProgressReporter.Mode
    init(_ mode: ProgressReporter.Mode) { self.mode = mode }
}

@Suite struct ProgressTests {
    @Test func barShowsCountRateAndETA() {
        let text = ProgressFormat.bar(label: "embed rt.train", done: 500, total: 1000, unit: "sentences", elapsed: 10, width: 100)
        #expect(text == "embed rt.train  [####################....................]  500/1000 sentences  50/s  ETA 0:10")
        #expect(text.count <= 100)
    }

    @Test func barFitsANarrowTerminal() {
        let text = ProgressFormat.bar(label: "forest", done: 3, total: 100, unit: "trees", elapsed: 2, width: 50)
        #expect(text.count <= 50)
        #expect(text.contains("3/100 trees"))
    }

    @Test func clockAndRateFormats() {
        #expect(ProgressFormat.clock(0) == "0:00")
        #expect(ProgressFormat.clock(75) == "1:15")
        #expect(ProgressFormat.clock(3725) == "1:02:05")
        #expect(ProgressFormat.rate(done: 3, elapsed: 2, unit: "x") == "1.5/s")
        #expect(ProgressFormat.eta(done: 0, total: 10, elapsed: 1) == "–")
    }

    @Test func terminalBarIsRedrawnInPlaceAndClosedWithANewline() {
        let r = Recorder(.bar(width: 80))
        let task = r.reporter.start("embed rt", total: 100, unit: "sentences")
        r.time = 0.2; task.advance(by: 10)
        #expect(r.written.isEmpty) // shorter than the delay: nothing yet
        r.time = 1.0; task.advance(by: 10)
        r.time = 1.05; task.advance(by: 10) // within the redraw interval: skipped
        r.time = 2.0; task.advance(by: 10)
        task.finish()
        #expect(r.written.count == 3)
        #expect(r.written[0].hasPrefix("\r\u{1B}[2Kembed rt  ["))
        #expect(!r.written[0].contains("\n"))
        #expect(r.written[2] == "\r\u{1B}[2Kembed rt: 40 sentences in 0:02\n")
    }

    @Test func plainLinesAreSparse() {
        let r = Recorder(.lines)
        let task = r.reporter.start("forest", total: 1000, unit: "trees")
        for step in 1...100 {
            r.time = Double(step) * 0.2 // 20 s in all
            task.advance(by: 10)
        }
        task.finish()
        // one line every 5 s (at 5, 10, 15, 20 s) and the closing line
        #expect(r.written.count == 5)
        #expect(r.written[0] == "forest: 250/1000 trees (25%), 50/s, ETA 0:15\n")
        #expect(r.written.last == "forest: 1000 trees in 0:20\n")
        #expect(r.written.allSatisfy { !$0.contains("\r") && !$0.contains("\u{1B}") })
    }

    @Test func quickTaskPrintsNothingAndQuietPrintsNothing() {
        let lines = Recorder(.lines)
        let quick = lines.reporter.start("tree", total: 1, unit: "trees")
        lines.time = 1; quick.advance(); quick.finish()
        #expect(lines.written.isEmpty)
        let off = Recorder(.off)
        let task = off.reporter.start("embed", total: 10, unit: "sentences")
        off.time = 100; task.advance(by: 5); task.finish()
        #expect(off.written.isEmpty)
    }
}
