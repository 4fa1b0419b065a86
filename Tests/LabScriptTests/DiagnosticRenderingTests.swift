import LabScript
import Testing

@Test func caretIsPlacedRelativeToAnIndentedBlockLine() {
    let line = SourceLine(text: "trian tree on digits.train", line: 12, column: 4)
    let result = TestSpecs.checker.parseAndCheck([line], file: "lab.md")
    #expect(result.diagnostics.map(\.description) == ["""
        lab.md:12:4: error: unknown directive 'trian'
           12 | trian tree on digits.train
              | ^~~~~
        hint: did you mean 'train'?
        """])
}

@Test func caretCountsCharactersNotBytesAfterNonASCIIText() {
    // "é" is two UTF-8 bytes: the column is 22 (bytes), the caret sits under the 21st character.
    let diagnostics = TestSpecs.diagnose("load \"données\" as d @")
    #expect(diagnostics.map(\.description) == [
        "lab.md:1:22: error: invalid character '@'\n    1 | load \"données\" as d @\n      | "
            + String(repeating: " ", count: 20) + "^",
    ])
}

@Test func caretKeepsTabsSoItLinesUp() {
    let diagnostics = TestSpecs.diagnose("load d\n\tshow\td\t@")
    #expect(diagnostics.first?.description == "lab.md:2:9: error: invalid character '@'\n    2 | \tshow\td\t@\n      | \t    \t \t^")
}

@Test func caretSpanIsClippedToTheLineAndAtLeastOne() {
    let diagnostic = Diagnostic(
        severity: .warning, location: SourceLocation(file: "f.md", line: 123456, column: 3), length: 50,
        message: "m", hint: "h", sourceLine: "abcd")
    #expect(diagnostic.description == "f.md:123456:3: warning: m\n123456 | abcd\n       |   ^~\nhint: h")
    let zero = Diagnostic(
        severity: .error, location: SourceLocation(file: "f.md", line: 1, column: 1), length: 0,
        message: "m", sourceLine: "")
    #expect(zero.length == 1)
    #expect(zero.description == "f.md:1:1: error: m\n    1 | \n      | ^")
}

@Test func diagnosticsAreErrorsWithReadableDescriptions() {
    let error: any Error = TestSpecs.diagnose("shw")[0]
    #expect("\(error)".hasPrefix("lab.md:1:1: error: unknown directive 'shw'\n"))
}
