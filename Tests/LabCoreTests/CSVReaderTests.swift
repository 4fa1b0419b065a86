import LabCore
import Testing

private func read(_ text: String, delimiter: Character = ",") throws -> DataTable {
    try CSVReader.read(Array(text.utf8), file: "t.csv", delimiter: delimiter.asciiValue!)
}

@Test func quotedFieldsKeepDelimitersNewlinesAndQuotes() throws {
    let table = try read("name,review\n1,\"good, \"\"really\"\"\nsecond line\"\n2,plain\n")
    #expect(table.rowCount == 2)
    #expect(table.column(named: "review")?.values == .texts(["good, \"really\"\nsecond line", "plain"]))
    #expect(table.column(named: "name")?.values == .numbers([1, 2]))
}

@Test func byteOrderMarkAndCRLFAreAccepted() throws {
    let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,x\r\n2,y\r\n".utf8), file: "t.csv")
    #expect(table.columnNames == ["a", "b"])
    #expect(table.column(named: "b")?.values == .texts(["x", "y"]))
}

@Test func tabSeparatedFilesUseTheTabDelimiter() throws {
    let table = try read("a\tb\n1\t2.5\n", delimiter: "\t")
    #expect(table.column(named: "b")?.values == .numbers([2.5]))
}

@Test func emptyCellsInNumericColumnsBecomeNaN() throws {
    let table = try read("a\n1\n\n3\n")
    // The blank line is a row with an empty cell in a one-column file.
    guard case .numbers(let v)? = table.column(named: "a")?.values else { Issue.record("not numeric"); return }
    #expect(v.count == 3 && v[1].isNaN)
}

@Test(arguments: [
    ("a,b\n1,2,3\n", "t.csv:2: row has 3 fields, the header has 2"),
    ("", "t.csv: the file is empty: expected a header row"),
    ("a,b\n\"open,2\n", "t.csv:2: a quoted field opened on this line is never closed"),
    ("a,a\n1,2\n", "t.csv:1: the header names column 'a' twice"),
])
func malformedCSVIsALocatedError(text: String, message: String) {
    #expect(throws: DataError.self) { try read(text) }
    do { _ = try read(text) } catch { #expect("\(error)" == message) }
}

@Test func nonUTF8BytesAreRefusedWithTheirLine() {
    do {
        _ = try CSVReader.read(Array("a\nok\n".utf8) + [0xFF, 0x0A], file: "t.csv")
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "t.csv:3: the file is not valid UTF-8 text")
    }
}

@Test func jsonLinesBecomeColumns() throws {
    let text = "{\"text\": \"a \\\"b\\\"\", \"label\": 1}\n\n{\"text\": \"c\", \"label\": 0}\n"
    let table = try JSONLinesReader.read(Array(text.utf8), file: "t.jsonl")
    #expect(table.rowCount == 2)
    #expect(table.column(named: "label")?.values == .numbers([1, 0]))
    #expect(table.column(named: "text")?.values == .texts(["a \"b\"", "c"]))
}

@Test func jsonLinesErrorsNameTheLine() {
    do {
        _ = try JSONLinesReader.read(Array("{\"a\": 1}\n[1, 2]\n".utf8), file: "t.jsonl")
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "t.jsonl:2: expected a JSON object ({...}) on each line")
    }
    do {
        _ = try JSONLinesReader.read(Array("{\"a\": 1\n".utf8), file: "t.jsonl")
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "t.jsonl:1: this line is not valid JSON")
    }
}
