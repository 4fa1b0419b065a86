import LabCache

/// The manifest of a step: what it read last time.
struct Manifest {
    var reads: [String]
    var probes: [InputProbe]
    var queries: [String]

    func encode() -> [UInt8] {
        var w = BinaryWriter()
        w.write(reads)
        w.write(probes.map(\.encoded))
        w.write(queries)
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> Manifest {
        var r = BinaryReader(bytes)
        let reads = try r.readStrings()
        let probes = try r.readStrings().map { text -> InputProbe in
            guard let probe = InputProbe(encoded: text) else { throw CacheFormatError.invalid("probe") }
            return probe
        }
        return Manifest(reads: reads, probes: probes, queries: try r.readStrings())
    }
}

/// The result entry of a step.
enum ResultCodec {
    static func encode(_ step: StepCache.CachedStep) -> [UInt8] {
        var w = BinaryWriter()
        w.write(step.outputs) { w, o in OutputCodec.write(o, &w) }
        w.write(step.records) { w, r in OutputCodec.write(r, &w) }
        w.write(step.writes) { w, v in
            w.write(v.name)
            w.write(v.trainedOn) { $0.write($1) }
            w.write(bytes: v.value.bytes)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8], line: Int) throws -> StepCache.CachedStep {
        var r = BinaryReader(bytes)
        let outputs = try r.readArray { try OutputCodec.output(&$0) }
        let records = try r.readArray { try OutputCodec.record(&$0, line: line) }
        let writes = try r.readArray { r -> (name: String, trainedOn: String?, value: CacheKey) in
            let name = try r.readString()
            let trainedOn = try r.readOptional { try $0.readString() }
            guard let key = CacheKey(bytes: try r.readBytes()) else { throw CacheFormatError.invalid("value key") }
            return (name, trainedOn, key)
        }
        guard r.isAtEnd else { throw CacheFormatError.invalid("trailing bytes") }
        return StepCache.CachedStep(outputs: outputs, records: records, writes: writes)
    }
}
