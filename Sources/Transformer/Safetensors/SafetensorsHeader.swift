import Foundation

/// Parses and validates the JSON header of a safetensors file.
///
/// Checks, in this order: the header is a JSON object; each entry other than
/// `__metadata__` has a string `dtype` this reader knows, a `shape` of
/// non-negative integers and two integer `data_offsets` with begin ≤ end inside
/// the data section; the byte span equals elements × dtype size; no two tensors
/// overlap. `__metadata__` must map strings to strings.
enum SafetensorsHeader {
    /// The validated tensors (sorted by name) and the free-form metadata.
    static func parse(_ json: Data, dataSize: Int) throws -> (tensors: [SafetensorsTensorInfo], metadata: [String: String]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: json, options: [])
        } catch {
            throw SafetensorsError.invalidHeader("not valid JSON")
        }
        guard let entries = object as? [String: Any] else {
            throw SafetensorsError.invalidHeader("the top level is not a JSON object")
        }
        var metadata: [String: String] = [:]
        var tensors: [SafetensorsTensorInfo] = []
        for name in entries.keys.sorted() {
            let value = entries[name]
            if name == "__metadata__" {
                guard let dict = value as? [String: Any] else {
                    throw SafetensorsError.invalidHeader("__metadata__ is not an object")
                }
                for (key, entry) in dict {
                    guard let text = entry as? String else {
                        throw SafetensorsError.invalidHeader("__metadata__ value for '\(key)' is not a string")
                    }
                    metadata[key] = text
                }
                continue
            }
            tensors.append(try tensorInfo(name: name, value: value, dataSize: dataSize))
        }
        try checkNoOverlap(tensors)
        return (tensors, metadata)
    }

    private static func tensorInfo(name: String, value: Any?, dataSize: Int) throws -> SafetensorsTensorInfo {
        guard let entry = value as? [String: Any] else {
            throw SafetensorsError.invalidHeader("entry '\(name)' is not an object")
        }
        guard let dtypeName = entry["dtype"] as? String else {
            throw SafetensorsError.invalidHeader("entry '\(name)' has no string 'dtype'")
        }
        guard let dtype = SafetensorsDType(rawValue: dtypeName) else {
            throw SafetensorsError.unknownDType(tensor: name, dtype: dtypeName)
        }
        guard let shape = integers(entry["shape"]), shape.allSatisfy({ $0 >= 0 }) else {
            throw SafetensorsError.invalidHeader("entry '\(name)' has no 'shape' list of non-negative integers")
        }
        guard let offsets = integers(entry["data_offsets"]), offsets.count == 2 else {
            throw SafetensorsError.invalidHeader("entry '\(name)' has no 'data_offsets' pair of integers")
        }
        let (begin, end) = (offsets[0], offsets[1])
        guard begin >= 0, begin <= end, end <= dataSize else {
            throw SafetensorsError.offsetsOutOfRange(tensor: name, begin: begin, end: end, dataSize: dataSize)
        }
        var expected = dtype.byteSize
        for dimension in shape {
            let (product, overflow) = expected.multipliedReportingOverflow(by: dimension)
            guard !overflow else {
                throw SafetensorsError.invalidHeader("entry '\(name)' shape \(shape) is too large")
            }
            expected = product
        }
        guard expected == end - begin else {
            throw SafetensorsError.shapeMismatch(
                tensor: name, shape: shape, dtype: dtypeName, expectedBytes: expected, actualBytes: end - begin)
        }
        return SafetensorsTensorInfo(name: name, dtype: dtype, shape: shape, dataOffsets: begin..<end)
    }

    /// Reads a JSON array of integers (rejecting fractions, booleans and strings).
    private static func integers(_ value: Any?) -> [Int]? {
        guard let array = value as? [Any] else { return nil }
        var result: [Int] = []
        result.reserveCapacity(array.count)
        for item in array {
            guard let number = item as? NSNumber, !isBoolean(number) else { return nil }
            let double = number.doubleValue
            guard double == double.rounded(), abs(double) < 9.0e15 else { return nil }
            result.append(number.intValue)
        }
        return result
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    private static func checkNoOverlap(_ tensors: [SafetensorsTensorInfo]) throws {
        let byStart = tensors.filter { !$0.dataOffsets.isEmpty }.sorted {
            ($0.dataOffsets.lowerBound, $0.name) < ($1.dataOffsets.lowerBound, $1.name)
        }
        for (previous, next) in zip(byStart, byStart.dropFirst())
        where next.dataOffsets.lowerBound < previous.dataOffsets.upperBound {
            throw SafetensorsError.overlappingTensors(previous.name, next.name)
        }
    }
}
