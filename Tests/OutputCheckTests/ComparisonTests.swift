import Testing
@testable import OutputCheck

@Suite struct ComparisonTests {
    @Test func numbersWithinTheRelativeToleranceMatch() {
        let tolerance = Tolerance()
        #expect(tolerance.matches(0.9466666666666667, 0.9466666666666668))
        #expect(!tolerance.matches(0.9466, 0.9467))
        #expect(Tolerance(relative: 0, absolute: 1e-3).matches(0.9466, 0.9467))
        #expect(tolerance.matches(.nan, .nan))
        #expect(!tolerance.matches(.infinity, 1e308))
    }

    @Test func textComparisonReportsTheLineAndToleratesTinyNumberChanges() {
        let expected = "# T\n| tree | 0.9333333333333333 |\nend\n"
        let nearly = "# T\n| tree | 0.9333333333333334 |\nend\n"
        #expect(TextComparison.compare(actual: nearly, expected: expected, file: "x.md", tolerance: Tolerance()) { _ in "" }.isEmpty)
        let moved = "# T\n| tree | 0.9400000000000000 |\nend\n"
        let found = TextComparison.compare(actual: moved, expected: expected, file: "x.md", tolerance: Tolerance()) { "line \($0)" }
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.description.contains("x.md:2: differs in line 2") == true)
        let words = TextComparison.compare(actual: "| forest | 0.9 |", expected: "| tree | 0.9 |", file: "x.md",
                                           tolerance: Tolerance(relative: 1, absolute: 1)) { _ in "" }
        #expect(words.count == 1)
    }

    @Test func missingAndExtraLinesAreReported() {
        let found = TextComparison.compare(actual: "a\nb\nc", expected: "a\nb", file: "x.md", tolerance: Tolerance()) { _ in "" }
        #expect(found.count == 1)
        #expect(found.first?.expected.contains("end of file") == true)
    }

    @Test func svgNumbersInsidePathDataCompareWithTolerance() {
        let expected = #"<path d="M10.5,20L30,40.25"/>"#
        let close = #"<path d="M10.500000000001,20L30,40.25"/>"#
        let far = #"<path d="M10.6,20L30,40.25"/>"#
        #expect(TextComparison.compare(actual: close, expected: expected, file: "f.svg", tolerance: Tolerance(relative: 1e-9),
                                       numbersInWords: true) { _ in "" }.isEmpty)
        #expect(TextComparison.compare(actual: far, expected: expected, file: "f.svg", tolerance: Tolerance(),
                                       numbersInWords: true) { _ in "" }.count == 1)
        let otherElement = #"<line d="M10.5,20L30,40.25"/>"#
        #expect(TextComparison.compare(actual: otherElement, expected: expected, file: "f.svg", tolerance: Tolerance(relative: 1),
                                       numbersInWords: true) { _ in "" }.count == 1)
    }

    @Test func jsonComparisonNamesTheRecord() {
        let expected = #"{"notebook": "a.md", "records": [{"line": 8, "directive": "evaluate", "model": "tree", "data": "d.test", "metric": "accuracy", "value": 0.9}]}"#
        let actual = #"{"notebook": "a.md", "records": [{"line": 8, "directive": "evaluate", "model": "tree", "data": "d.test", "metric": "accuracy", "value": 0.8}]}"#
        let found = JSONComparison.compare(actual: actual, expected: expected, file: "a.json", tolerance: Tolerance())
        #expect(found.count == 1)
        #expect(found.first?.context == ".records[0] {line 8 evaluate tree on d.test accuracy}.value")
        #expect(JSONComparison.compare(actual: expected, expected: expected, file: "a.json", tolerance: Tolerance()).isEmpty)
        let broken = JSONComparison.compare(actual: "{", expected: expected, file: "a.json", tolerance: Tolerance())
        #expect(broken.first?.actual == "(not valid JSON)")
    }
}
