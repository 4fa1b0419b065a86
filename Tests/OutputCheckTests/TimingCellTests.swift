import Testing
@testable import OutputCheck

/// Wall-clock cells (columns headed `seconds…`, fields `seconds` / `seconds_per_epoch`)
/// are reported but never compared by `lab check`.
@Suite struct TimingCellTests {
    static let committed = """
        **Fine-tuning of ft, per epoch**

        | epoch | training loss | validation loss | validation accuracy | seconds |
        | ---: | ---: | ---: | ---: | ---: |
        | 1 | 0.5123 | 0.4410 | 0.8012 | 312 |
        | 2 | 0.3311 | 0.4025 | 0.8243 | 298 |

        | model | method | data | accuracy | trainable parameters | seconds per epoch |
        | --- | --- | --- | ---: | ---: | ---: |
        | ft | full fine-tuning | rt.test | 0.8402 | 22,714,370 | 305.0 |
        | svm | LinearSVC | mean.test | 0.7912 | 385 | — |
        the 312 here is prose, and compared

        """

    func differences(_ actual: String) -> [Difference] {
        TextComparison.compare(actual: actual, expected: Self.committed, file: "nb.md", tolerance: Tolerance()) { "line \($0)" }
    }

    @Test func secondsColumnsMayDifferAndEverythingElseIsCompared() {
        let rerun = Self.committed
            .replacingOccurrences(of: "| 312 |", with: "| 287 |")
            .replacingOccurrences(of: "| 298 |", with: "| 1004 |")
            .replacingOccurrences(of: "| 305.0 |", with: "| 41.7 |")
            .replacingOccurrences(of: "| 385 | — |", with: "| 385 | 12.5 |")
        #expect(differences(rerun).isEmpty)
    }

    @Test func anAccuracyCellInATimedTableStillFailsWithTheUsualDiff() {
        let rerun = Self.committed.replacingOccurrences(of: "| 0.8243 | 298 |", with: "| 0.8301 | 298 |")
        let found = differences(rerun)
        #expect(found.count == 1)
        #expect(found.first?.line == 6)
        #expect(found.first?.expected == "| 2 | 0.3311 | 0.4025 | 0.8243 | 298 |")
        #expect(found.first?.actual == "| 2 | 0.3311 | 0.4025 | 0.8301 | 298 |")
        #expect(found.first?.description.contains("nb.md:6: differs in line 6") == true, "\(found)")
        let comparison = Self.committed.replacingOccurrences(of: "| 0.8402 | 22,714,370 |", with: "| 0.8402 | 22,714,371 |")
        #expect(differences(comparison).map(\.line) == [10])
    }

    @Test func secondsOutsideATimedColumnAreCompared() {
        // Prose after the table, a changed column count and a renamed header are differences.
        #expect(differences(Self.committed.replacingOccurrences(of: "the 312 here", with: "the 287 here")).map(\.line) == [12])
        #expect(differences(Self.committed.replacingOccurrences(of: "| 1 | 0.5123 | 0.4410 | 0.8012 | 312 |",
                                                                with: "| 1 | 0.5123 | 0.4410 | 0.8012 |")).map(\.line) == [5])
        #expect(differences(Self.committed.replacingOccurrences(of: "| seconds |", with: "| minutes |")).map(\.line) == [3])
    }

    @Test func timingFieldsOfRecordsAreNotCompared() {
        func record(accuracy: Double, seconds: Double, perEpoch: Double) -> String {
            #"{"notebook": "nb.md", "records": [{"line": 4, "directive": "compare", "model": "ft", "data": "rt.test", "#
                + #""metric": "accuracy", "value": \#(accuracy), "seconds_per_epoch": \#(perEpoch)}, "#
                + #"{"line": 3, "directive": "train", "model": "ft", "metric": "training_loss", "epoch": 1, "value": 0.5, "seconds": \#(seconds)}]}"#
        }
        let committed = record(accuracy: 0.84, seconds: 312, perEpoch: 305)
        #expect(JSONComparison.compare(actual: record(accuracy: 0.84, seconds: 12, perEpoch: 41.5), expected: committed,
                                       file: "nb.json", tolerance: Tolerance()).isEmpty)
        let found = JSONComparison.compare(actual: record(accuracy: 0.83, seconds: 12, perEpoch: 41.5), expected: committed,
                                           file: "nb.json", tolerance: Tolerance())
        #expect(found.map(\.context) == [".records[0] {line 4 compare ft on rt.test accuracy}.value"])
        // The field must still be there.
        let missing = committed.replacingOccurrences(of: #", "seconds": 312"#, with: "")
        #expect(JSONComparison.compare(actual: missing, expected: committed, file: "nb.json", tolerance: Tolerance()).count == 1)
    }
}
