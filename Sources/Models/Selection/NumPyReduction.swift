import Foundation

/// NumPy's floating-point reductions, operation for operation, so means and
/// standard deviations of fold scores tie and round exactly as scikit-learn's
/// (NumPy 2's `np.add.reduce` over a contiguous array: its pairwise sum,
/// which for fewer than 8 values is the plain left-to-right sum from 0).
public enum NumPyReduction {
    /// `np.sum(values)` for a contiguous 1-D array.
    public static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return pairwiseSum(base, buffer.count)
        }
    }

    /// `np.mean(values)`: `sum / n`.
    public static func mean(_ values: [Double]) -> Double {
        sum(values) / Double(values.count)
    }

    /// `np.std(values)` (`ddof=0`): the square root of the mean squared deviation.
    public static func std(_ values: [Double]) -> Double {
        let m = mean(values)
        return mean(values.map { ($0 - m) * ($0 - m) }).squareRoot()
    }

    /// NumPy's `pairwise_sum` (blocks of 8 partial sums up to 128 elements, halves above).
    static func pairwiseSum(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
        if n < 8 {
            var res = 0.0
            for i in 0..<n { res += a[i] }
            return res
        }
        if n <= 128 {
            var r = (0..<8).map { a[$0] }
            var i = 8
            while i < n - (n % 8) {
                for j in 0..<8 { r[j] += a[i + j] }
                i += 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { res += a[i]; i += 1 }
            return res
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2)
    }
}
