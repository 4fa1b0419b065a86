import LabCache
import LabCore

/// Binary forms of datasets and matrices for the result cache (layout: `BinaryWriter`).
enum DataCodec {
    static func write(_ m: Matrix, _ w: inout BinaryWriter) {
        w.write(m.rows)
        w.write(m.columns)
        // Features that came from single precision (embeddings) are stored as
        // floats when every value converts back to the same bits: half the size, still exact.
        let narrow = m.values.allSatisfy { Double(Float($0)).bitPattern == $0.bitPattern }
        w.write(narrow)
        if narrow { w.write(m.values.map(Float.init)) } else { w.write(m.values) }
    }

    static func matrix(_ r: inout BinaryReader) throws -> Matrix {
        let rows = try r.readInt(), columns = try r.readInt()
        let values = try r.readBool() ? try r.readFloats().map(Double.init) : try r.readDoubles()
        guard rows >= 0, columns >= 0, rows.multipliedReportingOverflow(by: columns) == (values.count, false) else {
            throw CacheFormatError.invalid("matrix shape")
        }
        return Matrix(rows: rows, columns: columns, values: values)
    }

    static func write(_ f: FeatureMatrix, _ w: inout BinaryWriter) {
        switch f {
        case .dense(let m):
            w.write(UInt8(0))
            write(m, &w)
        case .sparse(let s):
            w.write(UInt8(1))
            w.write(s.rows)
            w.write(s.columns)
            w.write(s.rowOffsets)
            w.write(s.columnIndices)
            w.write(s.values)
        }
    }

    static func features(_ r: inout BinaryReader) throws -> FeatureMatrix {
        switch try r.readByte() {
        case 0: return .dense(try matrix(&r))
        case 1:
            let rows = try r.readInt(), columns = try r.readInt()
            let offsets = try r.readInts(), indices = try r.readInts(), values = try r.readDoubles()
            guard rows >= 0, columns >= 0, offsets.count == rows + 1, offsets.first == 0, offsets.last == values.count,
                  indices.count == values.count, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
                  indices.allSatisfy({ $0 >= 0 && $0 < columns }) else {
                throw CacheFormatError.invalid("sparse matrix")
            }
            return .sparse(SparseMatrix(rows: rows, columns: columns, rowOffsets: offsets, columnIndices: indices, values: values))
        case let b: throw CacheFormatError.invalid("feature matrix tag \(b)")
        }
    }

    static func write(_ t: DataTable, _ w: inout BinaryWriter) {
        w.write(t.rowCount)
        w.write(t.columns) { w, column in
            w.write(column.name)
            switch column.values {
            case .numbers(let v): w.write(UInt8(0)); w.write(v)
            case .texts(let v): w.write(UInt8(1)); w.write(v)
            }
        }
    }

    static func table(_ r: inout BinaryReader) throws -> DataTable {
        let rowCount = try r.readInt()
        let columns = try r.readArray { r -> Column in
            let name = try r.readString()
            switch try r.readByte() {
            case 0: return Column(name: name, values: .numbers(try r.readDoubles()))
            case 1: return Column(name: name, values: .texts(try r.readStrings()))
            case let b: throw CacheFormatError.invalid("column tag \(b)")
            }
        }
        guard rowCount >= 0, columns.allSatisfy({ $0.values.count == rowCount }) else {
            throw CacheFormatError.invalid("column lengths")
        }
        return DataTable(columns: columns, rowCount: rowCount)
    }

    static func write(_ d: Dataset, _ w: inout BinaryWriter) {
        w.write(d.name)
        write(d.table, &w)
        w.write(d.targetColumn) { $0.write($1) }
        w.write(d.textColumn) { $0.write($1) }
        w.write(d.featureNames)
        w.write(d.classKeys)
        w.write(d.classNames)
        w.write(d.imageShape) { $0.write($1) }
        w.write(d.isConcatenationOfSplits)
        w.write(d.splits) { w, split in
            w.write(split.name)
            write(split.dataset, &w)
        }
        // Whole-dataset features that are exactly the splits' one after another are not stored twice.
        if let whole = d.featureOverride, case .dense(let m) = whole, let joined = concatenatedSplitFeatures(d), joined == m {
            w.write(UInt8(2))
        } else {
            w.write(d.featureOverride) { w, f in write(f, &w) }
        }
    }

    static func dataset(_ r: inout BinaryReader) throws -> Dataset {
        let name = try r.readString()
        let table = try table(&r)
        var d = Dataset(name: name, table: table, targetColumn: nil)
        d.targetColumn = try r.readOptional { try $0.readString() }
        d.textColumn = try r.readOptional { try $0.readString() }
        d.featureNames = try r.readStrings()
        d.classKeys = try r.readStrings()
        d.classNames = try r.readStrings()
        d.imageShape = try r.readOptional { try $0.readInts() }
        d.isConcatenationOfSplits = try r.readBool()
        d.splits = try r.readArray { r in (name: try r.readString(), dataset: try dataset(&r)) }
        switch try r.readByte() {
        case 0: d.featureOverride = nil
        case 1: d.featureOverride = try features(&r)
        case 2:
            guard let joined = concatenatedSplitFeatures(d) else { throw CacheFormatError.invalid("split features") }
            d.featureOverride = .dense(joined)
        case let b: throw CacheFormatError.invalid("optional marker \(b)")
        }
        return d
    }

    /// The splits' dense features stacked in split order, when every split has them with one width.
    private static func concatenatedSplitFeatures(_ d: Dataset) -> Matrix? {
        var values: [Double] = []
        var rows = 0, columns: Int?
        for split in d.splits {
            guard case .dense(let m)? = split.dataset.featureOverride, columns == nil || columns == m.columns else { return nil }
            columns = m.columns
            rows += m.rows
            values += m.values
        }
        guard let columns else { return nil }
        return Matrix(rows: rows, columns: columns, values: values)
    }
}
