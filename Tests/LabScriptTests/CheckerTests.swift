import LabScript
import Testing

/// DESIGN.md's examples arranged as one notebook, in an order where every name is bound first.
let designNotebook = """
    load digits as digits
    load "data/reviews.jsonl" text=review label=stars as r
    load rotten_tomatoes as rt
    show rt.train rows=3
    relabel digits positive=9 names="Not 9","9"
    split digits test=0.25 stratify seed=0
    scale digits method=standard
    param depth=3 seed=0
    train tree max_depth=$depth on digits.train as tree
    tokenize rt with wordpiece model=minilm max_length=128 as tok
    tokenize rt with tfidf ngrams=1..2
    embed rt with minilm pooling=cls as feats
    train dummy on digits.train
    train forest max_depth=3 on digits.train as forest
    train transformer model=minilm epochs=3 lr=2e-5 batch=16 lora=8 on rt.train validate=rt.validation as ft
    predict tree on digits.test threshold=0.4 as p
    evaluate dummy, tree on digits.test metrics=accuracy,recall,precision,f1,confusion,report
    plot roc tree, forest on digits.test
    plot pr tree on digits.test
    plot thresholds tree on digits.test
    plot confusion tree on digits.test
    plot bars digits
    plot image digits index=0
    plot loss ft
    expect accuracy(tree on digits.test) >= 0.85 points=2
    save ft to "models/ft"
    evaluate p truth=y_true score=y_score metrics=roc_auc,average_precision
    """

@Test func designNotebookChecksClean() {
    let diagnostics = TestSpecs.diagnose(designNotebook)
    #expect(diagnostics.map(\.summary) == [])
}

@Test func resolutionSeparatesFlagsSlotsOptionsAndBinding() throws {
    let result = TestSpecs.checker.parseAndCheck(SourceLine.lines(of: designNotebook), file: "lab.md")
    let split = try #require(result.directives.first { $0.verb == "split" })
    #expect(split.flags.map(\.value) == ["stratify"])
    #expect(split.hasFlag("stratify"))
    #expect(split.value("data") == .identifier("digits"))
    #expect(split.option("test")?.asDouble == 0.25)
    #expect(split.binding == nil)

    let plot = try #require(result.directives.first { $0.verb == "plot" })
    #expect(plot.value("kind") == .identifier("roc"))
    #expect(plot.values("targets") == [.identifier("tree"), .identifier("forest")])
    #expect(plot.value("data") == .dotted(["digits", "test"]))

    let reviews = result.directives[1]
    #expect(reviews.binding?.value == "r")
    let dummy = try #require(result.directives.first { $0.value("model") == .identifier("dummy") })
    #expect(dummy.binding?.value == "dummy")
    #expect(dummy.binding?.location.column == 7)
}

@Test func defaultBindingsComeFromThePositionalSlot() {
    let result = TestSpecs.checker.parseAndCheck(
        SourceLine.lines(of: "load \"data/my-reviews.v2.jsonl\"\nload iris\nshow my_reviews\nshow iris"), file: "x.md")
    #expect(result.directives.map { $0.binding?.value } == ["my_reviews", "iris", nil, nil])
    #expect(result.diagnostics.isEmpty)
}

@Test func expectResolvesMetricModelsAndData() throws {
    let result = TestSpecs.checker.parseAndCheck(SourceLine.lines(of: prelude + "\nexpect f1(tree on digits.test) > $limit points=1"),
                                                 file: "lab.md", parameters: ["limit"])
    #expect(result.diagnostics.isEmpty)
    let expect = try #require(result.directives.last)
    #expect(expect.value("metric") == .identifier("f1"))
    #expect(expect.values("models") == [.identifier("tree")])
    #expect(expect.value("data") == .dotted(["digits", "test"]))
    let expectation = try #require(expect.directive.expectation)
    #expect(expectation.op.value == .greater)
    #expect(expectation.threshold.value == .parameter("limit"))
    #expect(expect.option("points")?.asInt == 1)
}

@Test func parameterReferencesTypeCheckAsTheirLiteral() {
    let diagnostics = TestSpecs.diagnose("param depth=2.5\nload digits\ntrain tree max_depth=$depth on digits")
    #expect(diagnostics.map(\.description) == ["""
        lab.md:3:22: error: option 'max_depth' expects an integer, got $depth = 2.5
            3 | train tree max_depth=$depth on digits
              |                      ^~~~~~
        """])
}

@Test func frontMatterParametersAreAcceptedAndKnownValuesAreTypeChecked() {
    let source = "load digits\ntrain tree max_depth=$depth seed=$seed on digits"
    #expect(TestSpecs.diagnose(source, parameters: ["depth", "seed"]).isEmpty)
    let result = TestSpecs.checker.parseAndCheck(
        SourceLine.lines(of: source), file: "lab.md", parameters: ["seed"],
        parameterValues: ["depth": .string("deep")])
    #expect(result.diagnostics.map(\.message) == ["option 'max_depth' expects an integer, got $depth = \"deep\""])
}

@Test func parameterUsedBeforeItsDefinitionIsReported() {
    let diagnostics = TestSpecs.diagnose("load digits\ntrain tree max_depth=$depth on digits\nparam depth=3")
    #expect(diagnostics.map(\.description) == ["""
        lab.md:2:22: error: parameter '$depth' is used before it is defined (at line 3)
            2 | train tree max_depth=$depth on digits
              |                      ^~~~~~
        hint: move 'param depth=…' before this line
        """])
}

@Test func paramDefinesParametersAndReportsRedefinition() {
    let result = TestSpecs.checker.parseAndCheck(SourceLine.lines(of: "param depth=3 seed=0\nparam depth=4"), file: "lab.md")
    #expect(result.parameters == ["depth": .number(3, literal: "3"), "seed": .number(0, literal: "0")])
    #expect(result.diagnostics.map(\.summary) == ["lab.md:2:7: error: parameter '$depth' is already defined at line 1"])
}

@Test func predefinedNamesNeedNoBindingAndMayBeRebound() {
    #expect(TestSpecs.diagnose("show digits.train\nload digits", predefined: ["digits"]).isEmpty)
}

@Test func unknownDirectiveStillBindsItsNameToAvoidCascades() {
    let diagnostics = TestSpecs.diagnose("lod digits as d\nshow d")
    #expect(diagnostics.map(\.summary) == ["lab.md:1:1: error: unknown directive 'lod'"])
    #expect(diagnostics.first?.hint == "did you mean 'load'?")
}

@Test func unknownDirectiveWithoutCloseMatchListsTheDirectives() {
    let diagnostics = TestSpecs.diagnose("frobnicate x")
    #expect(diagnostics.first?.hint == "known directives: embed, evaluate, expect, load, param, plot, predict, relabel, save, scale, show, split, tokenize, train")
}

@Test func severalErrorsAreReportedInSourceOrder() {
    let source = """
        load digits
        shw digits
        split digits test=0.25 stratfy seed="x"
        train tree on digits.train as tree
        train tree on digits.train
        load "broken
        """
    #expect(TestSpecs.diagnose(source).map(\.summary) == [
        "lab.md:2:1: error: unknown directive 'shw'",
        "lab.md:3:24: error: unknown flag 'stratfy' for 'split' (valid flags: stratify, shuffle)",
        "lab.md:3:37: error: option 'seed' expects an integer, got \"x\"",
        "lab.md:5:7: error: name 'tree' is already bound at line 4",
        "lab.md:6:6: error: unterminated string",
    ])
}

@Test func checkReturnsTheSameDiagnosticsAsAnalyze() {
    let parsed = Parser.parse("show nothing", file: "lab.md")
    let checked = TestSpecs.checker.check(parsed.directives)
    #expect(checked.map(\.summary) == ["lab.md:1:6: error: unknown name 'nothing'"])
    #expect(checked.first?.hint == "bind it first, e.g. with 'as nothing'")
}

@Test(arguments: [
    ("load digits\nshow digits rows=$n", "lab.md:2:18: error: unknown parameter '$n'"),
    ("load digits\nsplit digits test=$t", "lab.md:2:19: error: unknown parameter '$t'"),
    ("load digits\nplot image digits index=-1.5", "lab.md:2:25: error: option 'index' expects an integer, got -1.5"),
    ("load digits\ntokenize digits with tfidf ngrams=2", "lab.md:2:35: error: option 'ngrams' expects a range like 1..2, got 2"),
    ("load digits\nexpect accuracy(digits on digits.test) >= $t", "lab.md:2:43: error: unknown parameter '$t'"),
    ("param t=\"high\"\nload digits\nexpect accuracy(digits on digits) >= $t", "lab.md:3:38: error: the threshold must be a number, got $t = \"high\""),
    ("param kind=rok\nload d\nplot $kind d", "lab.md:3:6: error: unknown kind 'rok' for 'plot' (expected one of: roc, pr, thresholds, confusion, bars, image, loss)"),
    ("param m=model\nload d\nshow $m", "lab.md:3:6: error: unknown name 'model'"),
    ("load 3", "lab.md:1:6: error: expected a dataset name or a quoted path for source, got 3"),
    ("load digits\nshow 3", "lab.md:2:6: error: expected a name for data, got 3"),
    ("load d\ntrain 3 on d", "lab.md:2:7: error: expected a word for model, got 3"),
    ("as x", "lab.md:1:1: error: expected a directive name, found 'as'"),
    ("load d\ntrain tree on d as", "lab.md:2:20: error: expected a name after 'as'"),
    ("load d\nsplit d test=0.2 = 3", "lab.md:2:18: error: unexpected '='"),
    ("load d\nsplit d test=", "lab.md:2:14: error: expected a value after 'test='"),
    ("load d\nexpect accuracy(on d) >= 1", "lab.md:2:17: error: expected a model name inside 'accuracy(...)'"),
    ("load d\nexpect accuracy(d on d >= 1", "lab.md:2:24: error: expected ')' to close 'accuracy('"),
    ("load d\nexpect accuracy(d on d) >= high", "lab.md:2:28: error: expected a number after '>='"),
    ("load d\nexpect accuracy(d on d) >= 1 as x", "lab.md:2:30: error: unexpected 'as' after the expectation"),
    ("load d\nshow d (rows)", "lab.md:2:8: error: unexpected '('"),
    ("load d\nshow d rows=1..0", "lab.md:2:13: error: malformed range '1..0': the lower bound is above the upper bound"),
    ("load d\nshow d rows=1__000", "lab.md:2:13: error: malformed number '1__000'"),
    ("load d\nshow d rows=2e", "lab.md:2:13: error: malformed number '2e'"),
    ("load d\nshow d @", "lab.md:2:8: error: invalid character '@'"),
    ("load d\nshow d ‘x’", "lab.md:2:8: error: invalid character '‘'"),
])
func errorSummaries(source: String, summary: String) {
    #expect(TestSpecs.diagnose(source).map(\.summary) == [summary])
}

@Test func flagsAreOnlyRecognisedAfterTheFirstPositionalValue() throws {
    let result = TestSpecs.checker.parseAndCheck(
        SourceLine.lines(of: "load stratify\nsplit stratify stratify test=0.2"), file: "lab.md")
    #expect(result.diagnostics.isEmpty)
    let split = try #require(result.directives.last)
    #expect(split.value("data") == .identifier("stratify"))
    #expect(split.flags.map(\.value) == ["stratify"])
}
