/// One column of a table: numbers (NaN marks a missing value) or text.
public enum ColumnValues: Equatable, Sendable {
    case numbers([Double])
    case texts([String])

    /// Number of values.
    public var count: Int {
        switch self {
        case .numbers(let v): return v.count
        case .texts(let v): return v.count
        }
    }

    /// The values at `indices`, in that order.
    public func selecting(_ indices: [Int]) -> ColumnValues {
        switch self {
        case .numbers(let v): return .numbers(indices.map { v[$0] })
        case .texts(let v): return .texts(indices.map { v[$0] })
        }
    }

    /// Value `i` as display text (numbers in shortest round-trip form, whole numbers without ".0").
    public func text(at i: Int) -> String {
        switch self {
        case .numbers(let v): return NumberText.shortest(v[i])
        case .texts(let v): return v[i]
        }
    }
}

/// A named column.
public struct Column: Equatable, Sendable {
    /// Header name.
    public var name: String
    /// The values, one per row.
    public var values: ColumnValues

    public init(name: String, values: ColumnValues) {
        self.name = name
        self.values = values
    }
}

/// A rectangular table of named columns, all of the same length.
public struct DataTable: Equatable, Sendable {
    /// The columns, in file order.
    public private(set) var columns: [Column]
    /// Number of rows.
    public let rowCount: Int

    /// Creates a table. - Precondition: every column has `rowCount` values.
    public init(columns: [Column], rowCount: Int) {
        precondition(columns.allSatisfy { $0.values.count == rowCount }, "columns of unequal length")
        self.columns = columns
        self.rowCount = rowCount
    }

    /// Column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The column called `name`, if any.
    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    /// The rows at `indices`, in that order.
    public func selectingRows(_ indices: [Int]) -> DataTable {
        DataTable(columns: columns.map { Column(name: $0.name, values: $0.values.selecting(indices)) },
                  rowCount: indices.count)
    }

    /// Replaces (or appends) the column with the same name.
    public mutating func setColumn(_ column: Column) {
        precondition(column.values.count == rowCount, "column length differs from the table's")
        if let i = columns.firstIndex(where: { $0.name == column.name }) {
            columns[i] = column
        } else {
            columns.append(column)
        }
    }
}
