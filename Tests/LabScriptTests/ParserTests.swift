import LabScript
import Testing

/// Every example of DESIGN.md's directive table, with its expected AST.
let designExamples: [(source: String, ast: String)] = [
    ("load digits as digits", "load [id:digits] as digits"),
    ("load \"data/reviews.jsonl\" text=review label=stars as r",
     "load [s:\"data/reviews.jsonl\"] text=id:review label=id:stars as r"),
    ("load rotten_tomatoes as rt", "load [id:rotten_tomatoes] as rt"),
    ("show rt.train rows=3", "show [d:rt.train] rows=n:3=3.0"),
    ("relabel digits positive=9 names=\"Not 9\",\"9\"",
     "relabel [id:digits] positive=n:9=9.0 names=s:\"Not 9\",s:\"9\""),
    ("split digits test=0.25 stratify seed=0", "split [id:digits] [id:stratify] test=n:0.25=0.25 seed=n:0=0.0"),
    ("scale digits method=standard", "scale [id:digits] method=id:standard"),
    ("param depth=3 seed=0", "param depth=n:3=3.0 seed=n:0=0.0"),
    ("train tree max_depth=$depth on digits.train as tree",
     "train [id:tree] on[d:digits.train] max_depth=$:depth as tree"),
    ("tokenize rt with wordpiece model=minilm max_length=128 as tok",
     "tokenize [id:rt] with[id:wordpiece] model=id:minilm max_length=n:128=128.0 as tok"),
    ("tokenize rt with tfidf ngrams=1..2", "tokenize [id:rt] with[id:tfidf] ngrams=r:1.0..2.0"),
    ("embed rt with minilm pooling=cls as feats", "embed [id:rt] with[id:minilm] pooling=id:cls as feats"),
    ("train tree max_depth=3 on digits.train as tree", "train [id:tree] on[d:digits.train] max_depth=n:3=3.0 as tree"),
    ("train transformer model=minilm epochs=3 lr=2e-5 batch=16 lora=8 on rt.train validate=rt.validation as ft",
     "train [id:transformer] on[d:rt.train] model=id:minilm epochs=n:3=3.0 lr=n:2e-5=2e-05 batch=n:16=16.0 "
        + "lora=n:8=8.0 validate=d:rt.validation as ft"),
    ("predict tree on digits.test threshold=0.4 as p", "predict [id:tree] on[d:digits.test] threshold=n:0.4=0.4 as p"),
    ("evaluate dummy, tree on digits.test metrics=accuracy,recall,precision,f1,confusion,report",
     "evaluate [id:dummy,id:tree] on[d:digits.test] "
        + "metrics=id:accuracy,id:recall,id:precision,id:f1,id:confusion,id:report"),
    ("plot roc tree, forest on digits.test", "plot [id:roc] [id:tree,id:forest] on[d:digits.test]"),
    ("plot pr tree on digits.test", "plot [id:pr] [id:tree] on[d:digits.test]"),
    ("plot thresholds tree on digits.test", "plot [id:thresholds] [id:tree] on[d:digits.test]"),
    ("plot confusion tree on digits.test", "plot [id:confusion] [id:tree] on[d:digits.test]"),
    ("plot bars digits", "plot [id:bars] [id:digits]"),
    ("plot image digits index=0", "plot [id:image] [id:digits] index=n:0=0.0"),
    ("plot loss ft", "plot [id:loss] [id:ft]"),
    ("expect accuracy(tree on digits.test) >= 0.85 points=2",
     "expect accuracy(tree on digits.test) >= n:0.85=0.85 points=n:2=2.0"),
    ("save ft to \"models/ft\"", "save [id:ft] to[s:\"models/ft\"]"),
    ("evaluate preds truth=y_true score=y_score metrics=roc_auc,average_precision",
     "evaluate [id:preds] truth=id:y_true score=id:y_score metrics=id:roc_auc,id:average_precision"),
]

@Test(arguments: designExamples)
func designExampleParsesToExpectedAST(example: (source: String, ast: String)) {
    #expect(ASTDump.parse(example.source) == example.ast)
}

@Test(arguments: [
    ("param a=-1 b=0.25 c=2e-5 d=1_000 e=1E+3 f=-0.5e-2", "param a=n:-1=-1.0 b=n:0.25=0.25 c=n:2e-5=2e-05 d=n:1_000=1000.0 e=n:1E+3=1000.0 f=n:-0.5e-2=-0.005"),
    ("tokenize rt with tfidf ngrams=-1..1", "tokenize [id:rt] with[id:tfidf] ngrams=r:-1.0..1.0"),
    ("load \"a \\\"b\\\" \\\\ c\\n\" as x", "load [s:\"a \"b\" \\ c\n\"] as x"),
    ("show digits # a comment with \"quotes\" and = signs", "show [id:digits]"),
    ("load \"data/#1.csv\" as x # trailing", "load [s:\"data/#1.csv\"] as x"),
    ("evaluate a ,b , c on d", "evaluate [id:a,id:b,id:c] on[id:d]"),
    ("train transformer model=all-MiniLM-L6-v2 on rt.train", "train [id:transformer] on[d:rt.train] model=id:all-MiniLM-L6-v2"),
    ("plot roc $best on $data", "plot [id:roc] [$:best] on[$:data]"),
    ("expect f1(tree, forest on iris) < $limit", "expect f1(tree,forest on iris) < $:limit"),
    ("\tshow  digits\trows=3\r", "show [id:digits] rows=n:3=3.0"),
])
func literalFormsParse(source: String, ast: String) {
    #expect(ASTDump.parse(source) == ast)
}

@Test func blankAndCommentLinesYieldNothing() {
    let result = Parser.parse("\n   \n# only a comment\n\t# indented comment", file: "lab.md")
    #expect(result.directives.isEmpty)
    #expect(result.diagnostics.isEmpty)
}

@Test func locationsAreOneBasedByteColumnsOffsetByTheLineColumn() throws {
    let line = SourceLine(text: "train tree max_depth=3 on digits.train as tree", line: 7, column: 4)
    let directive = try #require(Parser.parse([line], file: "n.md").directives.first)
    #expect(directive.location == SourceLocation(file: "n.md", line: 7, column: 4))
    #expect(directive.location.description == "n.md:7:4")
    let option = try #require(directive.option("max_depth"))
    #expect(option.key.location.column == 15)
    #expect(option.key.length == 9)
    #expect(option.value.location.column == 25)
    let on = try #require(directive.clause("on"))
    #expect(on.values.location.column == 30)
    #expect(on.values.length == 12)
    #expect(directive.binding?.location.column == 46)
    #expect(directive.end.column == 4 + line.text.utf8.count)
}

@Test func optionListValueSpansAllItems() throws {
    let directive = try #require(Parser.parse("evaluate a on b metrics=accuracy,f1", file: "x").directives.first)
    let option = try #require(directive.option("metrics"))
    #expect(option.value.value == .list([.identifier("accuracy"), .identifier("f1")]))
    #expect(option.value.location.column == 25)
    #expect(option.value.length == 11)
}

@Test func parsingContinuesAfterErrorLines() {
    let result = Parser.parse("load \"x\nshow digits\nsplit digits test=0.2.5\nplot bars digits", file: "lab.md")
    #expect(result.directives.map(\.verb.value) == ["show", "plot"])
    #expect(result.diagnostics.map(\.summary) == [
        "lab.md:1:6: error: unterminated string",
        "lab.md:3:19: error: malformed number '0.2.5'",
    ])
}

@Test func spacesAroundEqualsAreAcceptedWithAWarning() throws {
    let result = Parser.parse("split digits test = 0.25 seed =0", file: "lab.md")
    let directive = try #require(result.directives.first)
    #expect(directive.option("test")?.value.value == .number(0.25, literal: "0.25"))
    #expect(directive.option("seed")?.value.value == .number(0, literal: "0"))
    #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
    #expect(result.diagnostics.first?.description == """
        lab.md:1:14: warning: spaces around '=' in option 'test'
            1 | split digits test = 0.25 seed =0
              |              ^~~~~~~~~~~
        hint: write test=0.25
        """)
}
