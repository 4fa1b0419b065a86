import Foundation
import Testing

/// A notebook (and data files) that must fail with a located error.
struct BadInput: CustomStringConvertible, Sendable {
    var name: String
    var notebook: [UInt8]
    var files: [String: [UInt8]] = [:]
    /// The first line of standard error.
    var expected: String
    var description: String { name }

    init(_ name: String, _ notebook: String, files: [String: String] = [:], _ expected: String) {
        self.name = name
        self.notebook = Array(notebook.utf8)
        self.files = files.mapValues { Array($0.utf8) }
        self.expected = expected
    }

    init(_ name: String, bytes: [UInt8], files: [String: [UInt8]] = [:], _ expected: String) {
        self.name = name
        self.notebook = bytes
        self.files = files
        self.expected = expected
    }
}

private func lab(_ code: String) -> String { "# Lab\n\n```lab\n\(code)\n```\n" }

let badInputs: [BadInput] = [
    BadInput("unknown directive", lab("trian tree on digits.train"), "nb.md:4:1: error: unknown directive 'trian'"),
    BadInput("unknown option", lab("load digits\nshow digits rowz=3"), "nb.md:5:13: error: unknown option 'rowz' for 'show' (valid options: rows)"),
    BadInput("bad option value", lab("load digits\nshow digits rows=three"), "nb.md:5:18: error: option 'rows' expects an integer, got 'three'"),
    BadInput("unterminated string", lab("load \"data.csv"), "nb.md:4:6: error: unterminated string"),
    BadInput("missing dataset", lab("load nosuch"), "nb.md:4:6: error: no dataset named 'nosuch'"),
    BadInput("dot-dot escape", lab("load \"../secret.csv\""), "nb.md:4:6: error: '../secret.csv' leads outside the notebook's folder and the data path; data must stay inside them"),
    BadInput("absolute path", lab("load \"/etc/passwd\""), "nb.md:4:6: error: '/etc/passwd' is outside the notebook's folder and the data path; absolute paths must lie inside them"),
    BadInput("ragged CSV", lab("load \"bad.csv\""), files: ["bad.csv": "a,b\n1,2\n3\n"], "nb.md:4:6: error: bad.csv:3: row has 1 field, the header has 2"),
    BadInput("empty CSV", lab("load \"empty.csv\""), files: ["empty.csv": ""], "nb.md:4:6: error: empty.csv: the file is empty: expected a header row"),
    BadInput("non-UTF-8 CSV", bytes: Array(lab("load \"latin.csv\"").utf8), files: ["latin.csv": Array("a,b\n".utf8) + [0x63, 0xE9, 0x2C, 0x31, 0x0A]], "nb.md:4:6: error: latin.csv:2: the file is not valid UTF-8 text"),
    BadInput("malformed JSON lines", lab("load \"r.jsonl\""), files: ["r.jsonl": "{\"text\": \"a\"}\n{\"text\": \n"], "nb.md:4:6: error: r.jsonl:2: this line is not valid JSON"),
    BadInput("unclosed quote in CSV", lab("load \"q.csv\""), files: ["q.csv": "a,b\n1,\"open\n"], "nb.md:4:6: error: q.csv:2: a quoted field opened on this line is never closed"),
    BadInput("duplicate name", lab("load digits as d\nload iris as d"), "nb.md:5:14: error: name 'd' is already bound at line 4"),
    BadInput("use before definition", lab("show digits\nload digits"), "nb.md:4:6: error: 'digits' is used before it is bound"),
    BadInput("non-UTF-8 notebook", bytes: Array("# Lab\n\ncaf".utf8) + [0xE9, 0x0A], "nb.md:3:4: error: invalid UTF-8 byte 0xE9; save the notebook as UTF-8"),
    BadInput("unclosed output region", lab("load digits") + "\n<!-- lab:output -->\n\nold\n", "nb.md:7:1: error: output region opened at line 7 is never closed; add '<!-- /lab:output -->'"),
    BadInput("stray closing marker", "# Lab\n\n<!-- /lab:output -->\n", "nb.md:3:1: error:"),
    BadInput("missing split", lab("load digits\nshow digits.validation"), "nb.md:5:6: error: 'digits.validation' does not exist"),
    BadInput("relabel value absent", lab("load digits\nrelabel digits positive=11"), "nb.md:5:25: error: the target of 'digits' never equals 11; its values are 0, 1, 2, 3, 4, 5, 6, 7, 8, 9"),
    BadInput("fractional row count", lab("load digits\nsplit digits test=1.5"), "nb.md:5:19: error: test must be a fraction between 0 and 1 or a whole row count, got 1.5"),
    BadInput("split leaves no training rows", lab("load iris\nsplit iris test=150"), "nb.md:5:17: error: the split leaves no training rows: 150 rows, test 150"),
    BadInput("undefined parameter", lab("load digits\nshow digits rows=$n"), "nb.md:5:18: error: unknown parameter '$n'"),
    BadInput("stratify without a target", lab("load \"x.csv\"\nsplit x stratify"), files: ["x.csv": "a,b\n1,2\n3,4\n5,6\n"], "nb.md:5:7: error: cannot stratify: 'x' has no class target"),
    BadInput("missing index file", lab("load digits\nsplit digits indices=\"nope.json\""), "nb.md:5:22: error: no such file: 'nope.json'"),
    BadInput("unknown flag", lab("load digits\nsplit digits stratfy"), "nb.md:5:14: error: unknown flag 'stratfy' for 'split' (valid flags: stratify)"),
    BadInput("invalid character", lab("load digits @"), "nb.md:4:13: error: invalid character '@'"),
    BadInput("malformed number", lab("load digits\nsplit digits test=0.2.5"), "nb.md:5:19: error: malformed number '0.2.5'"),
    BadInput("scale before split", lab("load digits\nscale digits"), "nb.md:5:7: error: 'digits' has no train split to take the statistics from"),
    BadInput("missing positional", lab("show"), "nb.md:4:6: error: missing data for 'show'"),
    BadInput("folder without split files", lab("load \"empty\""), files: ["empty/readme.txt": "nothing"], "nb.md:4:6: error: empty: the folder holds no train/validation/test .csv, .tsv or .jsonl files"),
]

@Test(arguments: badInputs)
func badInputGivesALocatedErrorAndTouchesNoFile(_ input: BadInput) throws {
    var files = input.files
    files["nb.md"] = input.notebook
    let dir = try LabProcess.scratch(files)
    defer { try? FileManager.default.removeItem(at: dir) }
    let before = LabProcess.snapshot(dir)
    let result = try LabProcess.run(["run", "nb.md"], in: dir)
    #expect(result.status == 1)
    let first = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    #expect(first.hasPrefix(input.expected), "stderr was:\n\(result.stderr)")
    #expect(LabProcess.snapshot(dir) == before)
}
