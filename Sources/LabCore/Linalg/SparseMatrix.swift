/// A compressed-sparse-row matrix of `Double` (the layout of SciPy's `csr_matrix`).
///
/// Row `i`'s non-zeros are `values[rowOffsets[i]..<rowOffsets[i+1]]` at columns
/// `columnIndices[...]`, columns ascending within a row.
public struct SparseMatrix: Equatable, Sendable {
    /// Number of rows (samples).
    public var rows: Int
    /// Number of columns (features).
    public var columns: Int
    /// `rows + 1` offsets into `columnIndices` / `values`.
    public var rowOffsets: [Int]
    /// Column index of each stored value.
    public var columnIndices: [Int]
    /// The stored non-zero values.
    public var values: [Double]

    /// Creates a CSR matrix from its three arrays.
    public init(rows: Int, columns: Int, rowOffsets: [Int], columnIndices: [Int], values: [Double]) {
        precondition(rowOffsets.count == rows + 1, "rowOffsets must have rows + 1 entries")
        precondition(columnIndices.count == values.count, "one column index per value")
        self.rows = rows
        self.columns = columns
        self.rowOffsets = rowOffsets
        self.columnIndices = columnIndices
        self.values = values
    }

    /// The non-zeros of row `i` as `(column, value)` pairs.
    public func row(_ i: Int) -> [(column: Int, value: Double)] {
        (rowOffsets[i]..<rowOffsets[i + 1]).map { (columnIndices[$0], values[$0]) }
    }

    /// Dot product of row `i` with a dense vector of length `columns`.
    @inlinable
    public func dot(row i: Int, _ w: [Double]) -> Double {
        var s = 0.0
        for k in rowOffsets[i]..<rowOffsets[i + 1] { s += values[k] * w[columnIndices[k]] }
        return s
    }

    /// The rows at `indices`, in that order.
    public func selectingRows(_ indices: [Int]) -> SparseMatrix {
        var offsets = [0]
        var cols: [Int] = []
        var vals: [Double] = []
        for i in indices {
            cols.append(contentsOf: columnIndices[rowOffsets[i]..<rowOffsets[i + 1]])
            vals.append(contentsOf: values[rowOffsets[i]..<rowOffsets[i + 1]])
            offsets.append(cols.count)
        }
        return SparseMatrix(rows: indices.count, columns: columns, rowOffsets: offsets, columnIndices: cols, values: vals)
    }

    /// The same matrix stored densely.
    public func dense() -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for i in 0..<rows {
            for k in rowOffsets[i]..<rowOffsets[i + 1] { m.values[i * columns + columnIndices[k]] = values[k] }
        }
        return m
    }
}
