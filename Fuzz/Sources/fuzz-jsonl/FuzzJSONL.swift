import LabCore

/// The JSON-lines reader: any bytes give a table or a `DataError`, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let table = try? JSONLinesReader.read(bytes, file: "f.jsonl") {
        for column in table.columns { for row in 0..<table.rowCount { _ = column.values.text(at: row) } }
    }
    return 0
}
