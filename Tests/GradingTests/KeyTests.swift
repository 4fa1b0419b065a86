import Foundation
import LabScript
import Notebook
import Testing
@testable import Grading

/// A key parsed from Markdown text.
func key(_ text: String) throws -> GradingKey {
    try GradingKey.parse(NotebookParser.parse(path: "key.md", bytes: Array(text.utf8)), fallbackName: "lab1")
}

let irisKey = """
    ---
    title: Lab 1
    ---
    # Key

    ```lab
    load iris
    relabel iris positive=2
    split iris test=0.3 stratify seed=0
    require tree points=1 message="Train a model named tree."
    expect accuracy(tree on iris.test) >= 0.99 points=2 partial=0.9:1.5,0.8:0.5 message="Aim for 99%." name="tree accuracy"
    expect f1(tree on iris.test) >= 0.5 points=1 visibility=hidden
    expect recall(tree on iris.test) >= 0.5 points=1 visibility=after_due_date
    ```
    """

@Suite struct KeyTests {
    @Test func expectLinesCarryPointsBandsMessageAndVisibility() throws {
        let k = try key(irisKey)
        #expect(k.assignment == "Lab 1")
        #expect(k.setup.map(\.verb.value) == ["load", "relabel", "split"])
        #expect(k.checks.count == 4)
        #expect(k.maxScore == 5)
        let accuracy = k.checks[1]
        #expect(accuracy.id == "tree accuracy")
        #expect(accuracy.message == "Aim for 99%.")
        guard case .claim(let claim) = accuracy.kind else { Issue.record("not a claim"); return }
        #expect(claim.measure == "accuracy(tree on iris.test)")
        #expect(claim.threshold == 0.99)
        #expect(claim.bands.map(\.points) == [1.5, 0.5])
        #expect(k.checks[2].visibility == .hidden)
        #expect(k.checks[3].visibility == .afterDueDate)
        #expect(k.checks[2].id == "line 12: f1(tree on iris.test)")
        guard case .bindings(let names) = k.checks[0].kind else { Issue.record("not a require"); return }
        #expect(names == ["tree"])
    }

    @Test func partialCreditBandsScoreAFailedClaim() throws {
        let accuracy = try key(irisKey).checks[1]
        #expect(accuracy.score(0.995).points == 2)
        #expect(accuracy.score(0.995).state == .passed)
        #expect(accuracy.score(0.95).points == 1.5)
        #expect(accuracy.score(0.95).state == .partial)
        #expect(accuracy.score(0.85).points == 0.5)
        #expect(accuracy.score(0.5).points == 0)
        #expect(accuracy.score(.nan).state == .failed)
    }

    @Test func lowerIsBetterClaimsUseTheirOperatorForBands() throws {
        let k = try key("```lab\nload diabetes\nsplit diabetes test=0.2 seed=0\nexpect mse(lin on diabetes.test) <= 3000 points=2 partial=3500:1\n```\n")
        #expect(k.checks[0].score(2900).points == 2)
        #expect(k.checks[0].score(3200).points == 1)
        #expect(k.checks[0].score(4000).points == 0)
    }

    @Test func thresholdChangesKeepTheCheckIdentityAndMeasure() throws {
        let a = try key("```lab\nload iris\nexpect accuracy(tree on iris) >= 0.9\n```\n")
        let b = try key("```lab\nload iris\nexpect accuracy(tree on iris) >= 0.7 points=3\n```\n")
        #expect(a.checks[0].id == b.checks[0].id)
        guard case .claim(let x) = a.checks[0].kind, case .claim(let y) = b.checks[0].kind else { return }
        #expect(x.measure == y.measure)
    }

    @Test(arguments: [
        ("expect accuracy(tree on iris) >= 0.9 visibility=secret", "key.md:3: error: visibility= is one of visible, hidden, after_due_date; got 'secret'"),
        ("expect accuracy(tree on iris) >= 0.9 points=2 partial=0.8", "key.md:3: error: partial= is THRESHOLD:POINTS[,THRESHOLD:POINTS…] with points up to 2.0, got '0.8'"),
        ("expect accuracy(tree on iris) >= 0.9 points=-1", "key.md:3: error: points= needs a number ≥ 0, got '-1'"),
        ("require", "key.md:3: error: require names bindings, e.g. require tree, forest"),
    ])
    func badKeyLinesAreLocatedErrors(line: String, message: String) throws {
        #expect(throws: GradingError.self) { try key("```lab\nload iris\n\(line)\n```\n") }
        do { _ = try key("```lab\nload iris\n\(line)\n```\n") } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func aKeyWithoutChecksIsRefused() {
        do { _ = try key("```lab\nload iris\n```\n"); Issue.record("accepted") } catch {
            #expect("\(error)".contains("the key has no expect or require lines to score"))
        }
    }
}

// The key's front matter sets the work limits every submission is checked and run under.
@Suite struct KeyWorkLimitTests {
    private func limitedKey(_ limits: String) -> String {
        irisKey.replacingOccurrences(of: "title: Lab 1\n", with: "title: Lab 1\nlimits:\n\(limits)\n")
    }

    @Test func limitsInTheFrontMatterSetTheNamedBounds() throws {
        let k = try key(limitedKey("  trees: 10\n  epochs: 3 # a comment\n  depth: 100000"))
        var expected = WorkLimits.standard
        expected.maxTrees = 10
        expected.maxEpochs = 3
        expected.maxDepth = 100_000
        #expect(k.workLimits == expected)
        #expect(try key(irisKey).workLimits == .standard)
    }

    @Test func anUnknownLimitNameIsALocatedErrorWithASuggestion() {
        #expect(keyErrors(limitedKey("  tree: 10")) == [
            "key.md:4:3: error: unknown work limit 'tree' (valid limits: ngram, trees, depth, iterations, epochs, neighbors, rows, images, features, tokens, batch, folds, rank, steps, candidates, pixels); did you mean 'trees'?",
        ])
    }

    @Test func aBadLimitValueIsALocatedErrorAtTheValue() {
        #expect(keyErrors(limitedKey("  trees: ten\n  epochs: 0\n  depth: -3\n  rows: 1e9\n  folds: 99999999999999")) == [
            "key.md:4:10: error: work limit 'trees' needs a whole number in 1...1000000000, got 'ten'",
            "key.md:5:11: error: work limit 'epochs' needs a whole number in 1...1000000000, got '0'",
            "key.md:6:10: error: work limit 'depth' needs a whole number in 1...1000000000, got '-3'",
            "key.md:7:9: error: work limit 'rows' needs a whole number in 1...1000000000, got '1e9'",
            "key.md:8:10: error: work limit 'folds' needs a whole number in 1...1000000000, got '99999999999999'",
        ])
    }

    @Test func aLimitGivenTwiceOrInlineIsAnError() {
        #expect(keyErrors(limitedKey("  trees: 10\n  trees: 20")) == [
            "key.md:5:3: error: work limit 'trees' is given twice (first at line 4)",
        ])
        let inline = irisKey.replacingOccurrences(of: "title: Lab 1\n", with: "title: Lab 1\nlimits: trees=10\n")
        #expect(keyErrors(inline) == [
            "key.md: error: 'limits:' takes indented 'NAME: VALUE' lines (e.g. '  trees: 10'), got 'trees=10'",
        ])
    }

    @Test func theKeysOwnSetUpIsCheckedUnderItsLimits() {
        let text = limitedKey("  trees: 10").replacingOccurrences(
            of: "split iris test=0.3 stratify seed=0\n", with: "split iris test=0.3 stratify seed=0\ntrain forest n_estimators=50 on iris.train as f\n")
        #expect(keyErrors(text).first?.contains("option 'n_estimators' must be in 1...10, got 50") == true, "\(keyErrors(text))")
    }

    private func keyErrors(_ text: String) -> [String] {
        do {
            _ = try key(text)
            return []
        } catch let GradingError.key(lines) {
            return lines
        } catch {
            return ["\(error)"]
        }
    }
}
