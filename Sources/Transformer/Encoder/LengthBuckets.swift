/// Groups sequences of similar length into batches to keep padding small.
struct LengthBuckets {
    /// Original indices of the sequences in this batch, shortest first.
    let indices: [Int]
    /// The padded length: the longest sequence in the batch.
    let length: Int

    /// Sorts indices by (length, index) — a deterministic order — and cuts them into
    /// consecutive batches of at most `batchSize`. Complexity O(n log n).
    static func make(lengths: [Int], batchSize: Int) -> [LengthBuckets] {
        let order = lengths.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
        return stride(from: 0, to: order.count, by: max(batchSize, 1)).map { start in
            let slice = Array(order[start..<min(start + batchSize, order.count)])
            return LengthBuckets(indices: slice, length: slice.map { lengths[$0] }.max() ?? 0)
        }
    }
}
