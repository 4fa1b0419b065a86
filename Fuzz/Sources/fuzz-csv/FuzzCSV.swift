import LabCore

/// The CSV and TSV reader: any bytes give a table or a `DataError`, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: "\t")] {
        if let table = try? CSVReader.read(bytes, file: "f.csv", delimiter: delimiter) {
            for column in table.columns { for row in 0..<table.rowCount { _ = column.values.text(at: row) } }
        }
    }
    return 0
}
