import LabScript
import LabCore
import TextFeatures

/// Bag-of-words and TF-IDF features (scikit-learn's CountVectorizer / TfidfVectorizer
/// defaults), fitted on the training split only and applied to every split.
enum VectorizeText {
    static func run(_ data: Dataset, method: String, _ inv: Invocation, _ ctx: inout ExecutionContext, at part: Invocation.Part) throws -> [Output] {
        guard let name = inv.binding?.value.asName else {
            throw inv.failure("name the features: tokenize \(data.name) with \(method) … as NAME")
        }
        let fitOn = data.split(named: "train") ?? data
        var ngrams: ClosedRange<Int> = 1...1
        if let p = inv.option("ngrams") {
            let r = p.value.asRange ?? p.value.asDouble.map { ($0, $0) }
            guard let r, r.0 >= 1, r.1 >= r.0, r.0 == r.0.rounded(), r.1 == r.1.rounded() else {
                throw inv.failure("ngrams must be a range like 1..2, got \(p.value)", at: p)
            }
            let longest = inv.limits.maxNgram
            guard r.1 <= Double(longest) else {
                throw inv.failure("option 'ngrams' must be in 1...\(longest), got \(p.value)", at: p)
            }
            ngrams = Int(r.0)...Int(r.1)
        }
        let counts = CountVectorizer(lowercase: true, ngramRange: ngrams, minDF: try frequency("min_df", inv) ?? .count(1),
                                     maxDF: try frequency("max_df", inv) ?? .fraction(1.0), maxFeatures: try inv.int("max_features"))
        let transform: ([String]) -> SparseMatrix
        let vocabulary: Int
        do {
            let texts = try fitOn.texts()
            if method == "tfidf" {
                let fitted = try TfidfVectorizer(counts: counts).fit(texts)
                transform = fitted.transform
                vocabulary = fitted.vocabulary.count
            } else {
                let fitted = try counts.fit(texts)
                transform = fitted.transform
                vocabulary = fitted.vocabulary.count
            }
        } catch {
            throw inv.failure("\(error)", at: part)
        }
        var bound = data
        bound.rename(name)
        do { try attach(&bound, transform) } catch { throw inv.failure("\(error)", at: part) }
        ctx.session.bind(name, .dataset(bound))
        let what = method == "tfidf" ? "TF-IDF" : "word-count"
        return [.text("`\(name)`: \(what) features of `\(data.name)` — \(vocabulary) terms (\(ngrams.lowerBound)…\(ngrams.upperBound)-grams) learned from `\(fitOn.name)` (\(fitOn.rowCount) texts), applied to every split.")]
    }

    static func attach(_ d: inout Dataset, _ transform: ([String]) -> SparseMatrix) throws {
        d.featureOverride = .sparse(transform(try d.texts()))
        d.featureNames = []
        for k in d.splits.indices { try attach(&d.splits[k].dataset, transform) }
    }

    private static func frequency(_ key: String, _ inv: Invocation) throws -> DocumentFrequency? {
        guard let x = try inv.double(key) else { return nil }
        if x == x.rounded(), x >= 1, inv.option(key)?.value.description.contains(".") == false {
            // A count above any corpus size keeps (min_df) or drops (max_df) every term alike.
            return .count(Int(Swift.min(x, 1e15)))
        }
        guard x >= 0, x <= 1 else { throw inv.failure("\(key) must be a count or a fraction between 0 and 1", at: inv.option(key)) }
        return .fraction(x)
    }
}
