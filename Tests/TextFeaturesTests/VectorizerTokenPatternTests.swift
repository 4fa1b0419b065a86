import Testing
import TextFeatures

/// scikit-learn's default analyzer (`lowercase=True`, `(?u)\b\w\w+\b`) on Unicode input.
///
/// Expected tokens from `CountVectorizer().build_analyzer()(text)`, scikit-learn 1.9.1, Python 3.11.
struct VectorizerTokenPatternTests {
    let analyzer = CountVectorizer()

    @Test(arguments: [
        ("naïve café", ["naïve", "café"]),
        ("nai\u{308}ve cafe\u{301}", ["nai", "ve", "cafe"]),
        ("ΟΔΟΣ ΣΟΦΙΑΣ", ["οδος", "σοφιας"]),
        ("İstanbul", ["stanbul"]),
        ("x² ½ ٣٤٥ Ⅻ", ["x²", "٣٤٥"]),
        ("中文 日本語のテキスト", ["中文", "日本語のテキスト"]),
        ("don't e-mail über_cool a1 b", ["don", "mail", "über_cool", "a1"]),
        ("ﬁne ＡＢＣ", ["ﬁne", "ａｂｃ"]),
    ])
    func defaultTokenPatternMatchesScikitLearn(text: String, expected: [String]) {
        #expect(analyzer.analyze(text) == expected)
    }

    @Test func lowercaseOffKeepsCase() {
        #expect(CountVectorizer(lowercase: false).analyze("Hello WORLD") == ["Hello", "WORLD"])
    }

    @Test func canonicallyEquivalentTermsStayDistinct() throws {
        // U+F900 and U+8C48 are canonically equivalent; Python (and so scikit-learn) keeps them apart.
        let fitted = try CountVectorizer().fit(["\u{F900}\u{F900} \u{8C48}\u{8C48}"])
        #expect(fitted.vocabulary.count == 2)
    }
}
