import LabCore

/// Training features prepared once per fit for CART: rounded to `Float` (as
/// scikit-learn's trees do), stored column-major, and each column's row order
/// sorted once so that no node ever sorts again.
///
/// A forest shares one instance across all its trees.
struct CARTFeatures: Sendable {
    /// Number of rows (samples).
    let rowCount: Int
    /// Number of columns (features).
    let featureCount: Int
    /// Column-major values: feature `f` of row `i` at `f * rowCount + i`.
    let columns: [Double]
    /// Per feature, the rows in ascending value order (ties by row index):
    /// feature `f`'s order at `f * rowCount ..< (f + 1) * rowCount`.
    let sortedRows: [Int32]

    /// Prepares `x` (features must be finite).
    /// - Complexity: O(d · n): a stable byte-wise radix sort of each column's `Float` keys.
    init(_ x: Matrix) {
        let n = x.rows, d = x.columns
        rowCount = n
        featureCount = d
        var cols = [Double](repeating: 0, count: n * d)
        var order = [Int32](repeating: 0, count: n * d)
        let keys = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, n))
        let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, n))
        defer { keys.deallocate(); buffer.deallocate() }
        x.values.withUnsafeBufferPointer { src in
            cols.withUnsafeMutableBufferPointer { dst in
                order.withUnsafeMutableBufferPointer { ord in
                    guard let rows = ord.baseAddress else { return }
                    for f in 0..<d {
                        for i in 0..<n {
                            let v = Float(src[i * d + f]) + 0 // + 0 turns -0 into +0
                            dst[f * n + i] = Double(v)
                            keys[i] = CARTFeatures.orderKey(v)
                        }
                        CARTFeatures.radixSort(keys: keys, count: n, into: rows + f * n, scratch: buffer)
                    }
                }
            }
        }
        columns = cols
        sortedRows = order
    }

    /// A `UInt32` whose unsigned order is the numeric order of finite `v`.
    @inline(__always)
    static func orderKey(_ v: Float) -> UInt32 {
        let bits = v.bitPattern
        return bits & 0x8000_0000 != 0 ? ~bits : bits | 0x8000_0000
    }

    /// Writes `0..<count` to `result` ordered by `keys`, equal keys by index
    /// (least-significant-byte-first radix sort; bytes shared by all keys are skipped).
    static func radixSort(keys: UnsafePointer<UInt32>, count n: Int,
                          into result: UnsafeMutablePointer<Int32>, scratch: UnsafeMutablePointer<Int32>) {
        let histogram = UnsafeMutablePointer<Int>.allocate(capacity: 5 * 256)
        defer { histogram.deallocate() }
        histogram.initialize(repeating: 0, count: 4 * 256)
        let offsets = histogram + 4 * 256
        for i in 0..<n {
            let k = keys[i]
            histogram[Int(k & 0xFF)] &+= 1
            histogram[256 + Int((k >> 8) & 0xFF)] &+= 1
            histogram[512 + Int((k >> 16) & 0xFF)] &+= 1
            histogram[768 + Int(k >> 24)] &+= 1
        }
        for i in 0..<n { result[i] = Int32(i) }
        var from = result, to = scratch
        for b in 0..<4 {
            let counts = histogram + b * 256
            var single = false
            for v in 0..<256 where counts[v] == n { single = true }
            if single { continue }
            var running = 0
            for v in 0..<256 {
                offsets[v] = running
                running &+= counts[v]
            }
            let shift = 8 * UInt32(b)
            for i in 0..<n {
                let row = from[i]
                let digit = Int((keys[Int(row)] >> shift) & 0xFF)
                to[offsets[digit]] = row
                offsets[digit] &+= 1
            }
            swap(&from, &to)
        }
        if from != result { result.update(from: from, count: n) }
    }
}
