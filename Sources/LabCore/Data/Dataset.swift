/// A loaded dataset: a table plus what its columns mean, and its named splits.
///
/// Feature columns are the numeric columns other than the target; a text
/// dataset names its text column instead. Classification targets are encoded
/// as class codes `0..<classKeys.count`, in the order of `classKeys` (sorted
/// numerically for numbers, by code points for text), computed over the whole
/// dataset so that every split agrees.
public struct Dataset: Sendable {
    /// The name the notebook refers to it by (`digits`, `rt`, `digits.train`).
    public var name: String
    /// The rows.
    public var table: DataTable
    /// The target column, if the data has one.
    public var targetColumn: String?
    /// The text column of a text dataset.
    public var textColumn: String?
    /// Numeric columns used as features, in order.
    public var featureNames: [String]
    /// Distinct target values as text, in class-code order.
    public var classKeys: [String]
    /// Display names of the classes, aligned with `classKeys`.
    public var classNames: [String]
    /// Width and height when each row is an image (digits: 8 × 8).
    public var imageShape: [Int]?
    /// Named splits in creation order (`train`, `validation`, `test`).
    public var splits: [(name: String, dataset: Dataset)]
    /// Whether the rows are exactly the splits' rows one after another (a folder of split files).
    public var isConcatenationOfSplits: Bool = false
    /// Features computed from the data (TF-IDF, embeddings), one row per table row,
    /// used instead of the numeric columns when set.
    public var featureOverride: FeatureMatrix?
    /// How the feature columns were scaled (`standard`), or nil when they are as loaded.
    public var featureScaling: String? = nil

    /// Creates a dataset and derives its feature columns and classes.
    public init(name: String, table: DataTable, targetColumn: String?, textColumn: String? = nil,
                classNames: [String]? = nil, imageShape: [Int]? = nil) {
        self.name = name
        self.table = table
        self.targetColumn = targetColumn
        self.textColumn = textColumn
        self.imageShape = imageShape
        self.featureNames = table.columns.compactMap { column in
            guard column.name != targetColumn, column.name != textColumn,
                  case .numbers = column.values else { return nil }
            return column.name
        }
        let keys = Dataset.distinctKeys(table.column(named: targetColumn ?? ""))
        self.classKeys = keys
        self.classNames = classNames.flatMap { $0.count == keys.count ? $0 : nil } ?? keys
        self.splits = []
        self.featureOverride = nil
    }

    /// The split called `name`, if any.
    public func split(named name: String) -> Dataset? {
        splits.first { $0.name == name }?.dataset
    }

    /// Number of rows.
    public var rowCount: Int { table.rowCount }

    /// The feature columns as a dense `n × d` matrix.
    public func featureMatrix() -> Matrix {
        let columns = featureNames.compactMap { table.column(named: $0) }
        var m = Matrix(rows: table.rowCount, columns: columns.count)
        for (j, column) in columns.enumerated() {
            guard case .numbers(let v) = column.values else { continue }
            for i in 0..<table.rowCount { m.values[i * columns.count + j] = v[i] }
        }
        return m
    }

    /// The target as class codes (indices into `classKeys`).
    /// - Throws: `DataError` when there is no target column.
    public func targetCodes() throws -> [Int] {
        guard let name = targetColumn, let column = table.column(named: name) else {
            throw DataError("dataset '\(self.name)' has no target column")
        }
        var index: [String: Int] = [:]
        for (k, key) in classKeys.enumerated() { index[key] = k }
        return (0..<table.rowCount).map { index[column.values.text(at: $0)] ?? 0 }
    }

    /// The target as numbers, for regression.
    /// - Throws: `DataError` when there is no numeric target column.
    public func targetValues() throws -> [Double] {
        guard let name = targetColumn, let column = table.column(named: name),
              case .numbers(let v) = column.values else {
            throw DataError("dataset '\(self.name)' has no numeric target column")
        }
        return v
    }

    /// The text column's values.
    /// - Throws: `DataError` when the dataset has no text column.
    public func texts() throws -> [String] {
        guard let name = textColumn, let column = table.column(named: name),
              case .texts(let v) = column.values else {
            throw DataError("dataset '\(self.name)' has no text column; name one with text=COLUMN when loading")
        }
        return v
    }

    /// The rows at `indices` as a new dataset named `name` that keeps this one's
    /// columns, classes and image shape.
    public func subset(_ indices: [Int], name: String) -> Dataset {
        var d = self
        d.name = name
        d.table = table.selectingRows(indices)
        d.featureOverride = featureOverride?.selectingRows(indices)
        d.splits = []
        d.isConcatenationOfSplits = false
        return d
    }

    static func distinctKeys(_ column: Column?) -> [String] {
        guard let column else { return [] }
        switch column.values {
        case .numbers(let v):
            return Set(v.filter { !$0.isNaN }).sorted().map(NumberText.shortest)
        case .texts(let v):
            return Set(v).sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
        }
    }
}

extension Dataset {
    /// The model input: precomputed features (TF-IDF, embeddings) when set, else the numeric feature columns.
    public func features() -> FeatureMatrix {
        featureOverride ?? .dense(featureMatrix())
    }
}
