/// The candidate closest to `word`, for "did you mean …?" hints.
///
/// Uses the optimal-string-alignment distance (insertions, deletions,
/// substitutions and adjacent transpositions each cost 1), case-insensitive.
/// Accepts distance ≤ 2, or ≤ 1 when `word` has at most 4 characters. Ties go to
/// the candidate that sorts first, so the answer is deterministic.
/// Words longer than `WorkLimits.maxSuggestionLength` get no suggestion, and
/// candidates whose length differs by more than the accepted distance are skipped,
/// so the work is bounded whatever the input.
/// Complexity: O(k · L²) for k candidates, L the suggestion length limit.
public func suggestion(for word: String, among candidates: [String], limits: WorkLimits = .standard) -> String? {
    let length = word.count
    guard length <= limits.maxSuggestionLength else { return nil }
    let limit = length <= 4 ? 1 : 2
    var best: (distance: Int, candidate: String)? = nil
    for candidate in candidates.sorted() where candidate != word && abs(candidate.count - length) <= limit {
        let distance = editDistance(word.lowercased(), candidate.lowercased())
        guard distance <= limit else { continue }
        if let current = best, current.distance <= distance { continue }
        best = (distance, candidate)
    }
    return best?.candidate
}

/// Optimal-string-alignment edit distance between `a` and `b` (by characters).
public func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
        current[0] = i
        for j in 1...y.count {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                current[j] = min(current[j], previous2[j - 2] + 1)
            }
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[y.count]
}
