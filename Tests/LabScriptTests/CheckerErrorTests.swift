import LabScript
import Testing

/// Lines that bind `digits` (with splits), `tree` and the parameter `$depth`.
let prelude = """
    load digits
    split digits test=0.25 stratify seed=0
    param depth=3 seed=0
    train tree max_depth=$depth on digits.train as tree
    """

/// One erroneous line after the prelude (so it is line 5), and its full rendered diagnostic.
let errorCases: [(line: String, rendered: String)] = [
    ("trian tree on digits.train", """
        lab.md:5:1: error: unknown directive 'trian'
            5 | trian tree on digits.train
              | ^~~~~
        hint: did you mean 'train'?
        """),
    ("train knn max_dept=3 on digits.train", """
        lab.md:5:11: error: unknown option 'max_dept' for 'train' (valid options: max_depth, seed, model, epochs, lr, batch, lora, validate, strategy)
            5 | train knn max_dept=3 on digits.train
              |           ^~~~~~~~
        hint: did you mean 'max_depth'?
        """),
    ("train knn    max_depth=\"three\" on digits.train", """
        lab.md:5:24: error: option 'max_depth' expects an integer, got "three"
            5 | train knn    max_depth="three" on digits.train
              |                        ^~~~~~~
        """),
    ("train knn    max_depth=2.5 on digits.train", """
        lab.md:5:24: error: option 'max_depth' expects an integer, got 2.5
            5 | train knn    max_depth=2.5 on digits.train
              |                        ^~~
        """),
    ("train knn    max_depth=3", """
        lab.md:5:26: error: missing 'on DATA' for 'train'
            5 | train knn    max_depth=3
              |                          ^
        hint: usage: train MODEL [options] on DATA [as NAME]
        """),
    ("show", """
        lab.md:5:6: error: missing data for 'show'
            5 | show
              |      ^
        hint: usage: show DATA [rows=N]
        """),
    ("split digits test=0.2 stratfy", """
        lab.md:5:23: error: unknown flag 'stratfy' for 'split' (valid flags: stratify, shuffle)
            5 | split digits test=0.2 stratfy
              |                       ^~~~~~~
        hint: did you mean 'stratify'?
        """),
    ("show digits extra", """
        lab.md:5:13: error: unexpected argument 'extra' for 'show'
            5 | show digits extra
              |             ^~~~~
        hint: usage: show DATA [rows=N]
        """),
    ("show digts.train rows=3", """
        lab.md:5:6: error: unknown name 'digts'
            5 | show digts.train rows=3
              |      ^~~~~
        hint: did you mean 'digits'?
        """),
    ("evaluate tree, forest on digits.test", """
        lab.md:5:16: error: 'forest' is used before it is bound (at line 6)
            5 | evaluate tree, forest on digits.test
              |                ^~~~~~
        hint: move this directive after line 6
        """),
    ("train tree max_depth=5 on digits.train", """
        lab.md:5:7: error: name 'tree' is already bound at line 4
            5 | train tree max_depth=5 on digits.train
              |       ^~~~
        hint: add 'as NAME' to choose another name
        """),
    ("train knn    max_depth=$dpth on digits.train", """
        lab.md:5:24: error: unknown parameter '$dpth'
            5 | train knn    max_depth=$dpth on digits.train
              |                        ^~~~~
        hint: did you mean '$depth'?
        """),
    ("expect accuracy tree on digits.test >= 0.8", """
        lab.md:5:17: error: expected '(' after the metric name 'accuracy'
            5 | expect accuracy tree on digits.test >= 0.8
              |                 ^~~~
        hint: write e.g. expect accuracy(tree on digits.test) >= 0.85
        """),
    ("expect accuracy(tre on digits.test) >= 0.85", """
        lab.md:5:17: error: unknown name 'tre'
            5 | expect accuracy(tre on digits.test) >= 0.85
              |                 ^~~
        hint: did you mean 'tree'?
        """),
    ("expect acuracy(tree on digits.test) >= 0.85", """
        lab.md:5:8: error: unknown metric 'acuracy' for 'expect' (expected one of: accuracy, precision, recall, f1, specificity, fall_out, confusion, confusion_matrix, report, roc_auc, average_precision, log_loss, mse, rmse, mae, r2)
            5 | expect acuracy(tree on digits.test) >= 0.85
              |        ^~~~~~~
        hint: did you mean 'accuracy'?
        """),
    ("expect accuracy(tree on digits.test) 0.85", """
        lab.md:5:38: error: expected a comparison (>=, >, <=, <, ==) after ')'
            5 | expect accuracy(tree on digits.test) 0.85
              |                                      ^~~~
        hint: write e.g. expect accuracy(tree on digits.test) >= 0.85
        """),
    ("load \"data/x.csv as x", """
        lab.md:5:6: error: unterminated string
            5 | load "data/x.csv as x
              |      ^~~~~~~~~~~~~~~~
        hint: close the string with '"' on the same line
        """),
    ("show digits; show tree", """
        lab.md:5:12: error: invalid character ';'
            5 | show digits; show tree
              |            ^
        hint: write one directive per line
        """),
    ("split digits test=0.2.5", """
        lab.md:5:19: error: malformed number '0.2.5'
            5 | split digits test=0.2.5
              |                   ^~~~~
        hint: numbers look like 3, -1, 0.25, 2e-5 or 1_000
        """),
    ("split digits test=1x", """
        lab.md:5:19: error: malformed number '1x'
            5 | split digits test=1x
              |                   ^~
        hint: numbers look like 3, -1, 0.25, 2e-5 or 1_000
        """),
    ("tokenize digits with tfidf ngrams=1..", """
        lab.md:5:35: error: malformed range '1..'
            5 | tokenize digits with tfidf ngrams=1..
              |                                   ^~~
        hint: a range is written LOW..HIGH, e.g. 1..2
        """),
    ("scale digits method=stndard", """
        lab.md:5:21: error: unknown value 'stndard' for option 'method' (valid values: standard, minmax)
            5 | scale digits method=stndard
              |                     ^~~~~~~
        hint: did you mean 'standard'?
        """),
    ("evaluate tree on digits.test metrics=accuracy,recal", """
        lab.md:5:47: error: unknown value 'recal' for option 'metrics' (valid values: accuracy, precision, recall, f1, specificity, fall_out, confusion, confusion_matrix, report, roc_auc, average_precision, log_loss, mse, rmse, mae, r2)
            5 | evaluate tree on digits.test metrics=accuracy,recal
              |                                               ^~~~~
        hint: did you mean 'recall'?
        """),
    ("split digits test=0.2 seed=1,2", """
        lab.md:5:28: error: option 'seed' expects an integer, got a list of 2 values
            5 | split digits test=0.2 seed=1,2
              |                            ^~~
        """),
    ("plot rok tree on digits.test", """
        lab.md:5:6: error: unknown kind 'rok' for 'plot' (expected one of: roc, pr, thresholds, confusion, bars, image, loss)
            5 | plot rok tree on digits.test
              |      ^~~
        hint: did you mean 'roc'?
        """),
    ("show digits as d", """
        lab.md:5:16: error: 'show' does not bind a name
            5 | show digits as d
              |                ^
        hint: remove 'as d'
        """),
    ("predict tree on digits.test", """
        lab.md:5:29: error: 'predict' needs a name for its result
            5 | predict tree on digits.test
              |                             ^
        hint: add 'as NAME'; usage: predict MODEL on DATA [threshold=T] as NAME
        """),
    ("predict tree on digits.test as p threshold=0.4", """
        lab.md:5:34: error: unexpected 'threshold' after 'as p'
            5 | predict tree on digits.test as p threshold=0.4
              |                                  ^~~~~~~~~
        hint: 'as NAME' must come last on the line
        """),
    ("load \"a\\qb\" as x", """
        lab.md:5:8: error: unknown escape sequence '\\q' in string
            5 | load "a\\qb" as x
              |        ^~
        hint: the escapes are \\" \\\\ \\n and \\t
        """),
    ("show digits, tree", """
        lab.md:5:6: error: 'show' takes a single data, got 2 values
            5 | show digits, tree
              |      ^~~~~~~~~~~~
        """),
    ("split digits test=0.2 seed=1 seed=2", """
        lab.md:5:30: error: option 'seed' is given twice
            5 | split digits test=0.2 seed=1 seed=2
              |                              ^~~~
        hint: the first is at column 23
        """),
    ("train forest on digits.train as a.b", """
        lab.md:5:33: error: a bound name cannot contain '.'
            5 | train forest on digits.train as a.b
              |                                 ^~~
        hint: use a plain name such as a_b
        """),
    ("train knn    max_depth=$ on digits.train", """
        lab.md:5:24: error: expected a parameter name after '$'
            5 | train knn    max_depth=$ on digits.train
              |                        ^
        hint: parameters are written like $depth
        """),
    ("evaluate tree on digits.test metrics=accuracy,", """
        lab.md:5:46: error: expected a value after ','
            5 | evaluate tree on digits.test metrics=accuracy,
              |                                              ^
        hint: remove the trailing comma
        """),
    ("show digits.", """
        lab.md:5:12: error: expected a name after '.'
            5 | show digits.
              |            ^
        hint: split names are written like digits.train
        """),
    ("show digits \"x\"", """
        lab.md:5:13: error: unexpected argument '"x"' for 'show'
            5 | show digits "x"
              |             ^~~
        hint: usage: show DATA [rows=N]
        """),
    ("train forest on digits.train on digits.test", """
        lab.md:5:30: error: duplicate 'on' clause
            5 | train forest on digits.train on digits.test
              |                              ^~
        hint: the first 'on' is at column 14; list several values with commas
        """),
    ("tokenize digits with bpe", """
        lab.md:5:22: error: unknown tokenizer 'bpe' for 'tokenize' (expected one of: wordpiece, tfidf)
            5 | tokenize digits with bpe
              |                      ^~~
        """),
    ("show digits on digits.test", """
        lab.md:5:13: error: 'show' takes no 'on' clause
            5 | show digits on digits.test
              |             ^~
        hint: usage: show DATA [rows=N]
        """),
]

@Test(arguments: errorCases)
func errorLineRendersLocatedDiagnostic(example: (line: String, rendered: String)) {
    let source = prelude + "\n" + example.line + "\ntrain forest on digits.train as forest"
    let diagnostics = TestSpecs.diagnose(source)
    #expect(diagnostics.map(\.description) == [example.rendered])
}

@Test func preludeAloneIsClean() {
    #expect(TestSpecs.diagnose(prelude).isEmpty)
}
