/// NumPy-compatible floating-point reductions.
///
/// NumPy sums contiguous float64 arrays with pairwise summation (blocks of 128
/// unrolled into 8 accumulators). Reproducing that order makes our sums land on
/// exactly the same bits as scikit-learn's, not merely close.
enum Summation {
    /// The sum of `values` in NumPy's pairwise order.
    ///
    /// Complexity: O(n), O(log n) stack.
    static func pairwiseSum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { buffer in
            pairwiseSum(buffer, 0, buffer.count)
        }
    }

    /// Pairwise sum of `buffer[start ..< start + count]`, as NumPy's `pairwise_sum`.
    static func pairwiseSum(_ buffer: UnsafeBufferPointer<Double>, _ start: Int, _ count: Int) -> Double {
        if count < 8 {
            var result = 0.0
            for index in start ..< start + count { result += buffer[index] }
            return result
        }
        if count <= 128 {
            var r0 = buffer[start], r1 = buffer[start + 1], r2 = buffer[start + 2], r3 = buffer[start + 3]
            var r4 = buffer[start + 4], r5 = buffer[start + 5], r6 = buffer[start + 6], r7 = buffer[start + 7]
            var index = 8
            let unrolledEnd = count - count % 8
            while index < unrolledEnd {
                let base = start + index
                r0 += buffer[base]; r1 += buffer[base + 1]; r2 += buffer[base + 2]; r3 += buffer[base + 3]
                r4 += buffer[base + 4]; r5 += buffer[base + 5]; r6 += buffer[base + 6]; r7 += buffer[base + 7]
                index += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while index < count {
                result += buffer[start + index]
                index += 1
            }
            return result
        }
        var half = count / 2
        half -= half % 8
        return pairwiseSum(buffer, start, half) + pairwiseSum(buffer, start + half, count - half)
    }

    /// `np.mean`: the pairwise sum divided by the count (NaN for no values).
    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : pairwiseSum(values) / Double(values.count)
    }

    /// `np.nanmean`: NaNs count as absent (NaN when every value is NaN).
    static func nanMean(_ values: [Double]) -> Double {
        let count = values.lazy.filter { !$0.isNaN }.count
        if count == 0 { return .nan }
        return pairwiseSum(values.map { $0.isNaN ? 0 : $0 }) / Double(count)
    }

    /// `np.average(values, weights:)`: Σ vᵢwᵢ / Σ wᵢ, or `nil` when the weights sum to zero.
    static func weightedAverage(_ values: [Double], weights: [Double]) -> Double? {
        let scale = pairwiseSum(weights)
        if scale == 0 { return nil }
        return pairwiseSum(zip(values, weights).map { $0 * $1 }) / scale
    }

    /// scikit-learn's `_nanaverage`: drops NaN values (and their weights), then
    /// averages; falls back to the plain mean when the remaining weights sum to zero.
    static func nanAverage(_ values: [Double], weights: [Double]?) -> Double {
        if values.isEmpty || values.allSatisfy(\.isNaN) { return .nan }
        guard let weights else { return nanMean(values) }
        var kept: [Double] = [], keptWeights: [Double] = []
        for (value, weight) in zip(values, weights) where !value.isNaN {
            kept.append(value)
            keptWeights.append(weight)
        }
        return weightedAverage(kept, weights: keptWeights) ?? mean(kept)
    }
}
