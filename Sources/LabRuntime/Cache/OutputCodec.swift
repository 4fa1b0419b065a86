import LabCache

/// Binary forms of block outputs and result records for the result cache.
enum OutputCodec {
    static func write(_ output: Output, _ w: inout BinaryWriter) {
        switch output {
        case .table(let t):
            w.write(UInt8(0))
            w.write(t.caption) { $0.write($1) }
            w.write(t.header)
            w.write(t.rows) { $0.write($1) }
            w.write(t.alignments) { w, a in w.write(a == .left ? UInt8(0) : UInt8(1)) }
        case .figure(let f):
            w.write(UInt8(1))
            w.write(f.name)
            w.write(f.svg)
            w.write(f.altText)
        case .text(let s): w.write(UInt8(2)); w.write(s)
        case .warning(let s): w.write(UInt8(3)); w.write(s)
        case .error(let s): w.write(UInt8(4)); w.write(s)
        }
    }

    static func output(_ r: inout BinaryReader) throws -> Output {
        switch try r.readByte() {
        case 0:
            let caption = try r.readOptional { try $0.readString() }
            let header = try r.readStrings()
            let rows = try r.readArray { try $0.readStrings() }
            let alignments = try r.readArray { r -> ResultTable.Alignment in try r.readByte() == 0 ? .left : .right }
            return .table(ResultTable(caption: caption, header: header, rows: rows, alignments: alignments))
        case 1:
            return .figure(FigureOutput(name: try r.readString(), svg: try r.readString(), altText: try r.readString()))
        case 2: return .text(try r.readString())
        case 3: return .warning(try r.readString())
        case 4: return .error(try r.readString())
        case let b: throw CacheFormatError.invalid("output tag \(b)")
        }
    }

    /// A record without its line (the line is the directive's where it is now, filled in on replay).
    static func write(_ record: ResultRecord, _ w: inout BinaryWriter) {
        w.write(record.directive)
        w.write(record.model) { $0.write($1) }
        w.write(record.data) { $0.write($1) }
        w.write(record.metric)
        w.write(record.qualifiers) { w, q in w.write(q.key); write(q.value, &w) }
        w.write(record.fields) { w, f in w.write(f.key); write(f.value, &w) }
    }

    static func record(_ r: inout BinaryReader, line: Int) throws -> ResultRecord {
        let directive = try r.readString()
        let model = try r.readOptional { try $0.readString() }
        let data = try r.readOptional { try $0.readString() }
        let metric = try r.readString()
        let qualifiers = try r.readArray { r in (key: try r.readString(), value: try json(&r)) }
        let fields = try r.readArray { r in (key: try r.readString(), value: try json(&r)) }
        return ResultRecord(line: line, directive: directive, model: model, data: data, metric: metric,
                            qualifiers: qualifiers, fields: fields)
    }

    static func write(_ value: JSONValue, _ w: inout BinaryWriter) {
        switch value {
        case .null: w.write(UInt8(0))
        case .bool(let b): w.write(UInt8(1)); w.write(b)
        case .number(let x): w.write(UInt8(2)); w.write(x)
        case .string(let s): w.write(UInt8(3)); w.write(s)
        case .array(let a): w.write(UInt8(4)); w.write(a) { w, v in write(v, &w) }
        case .object(let pairs): w.write(UInt8(5)); w.write(pairs) { w, p in w.write(p.0); write(p.1, &w) }
        }
    }

    static func json(_ r: inout BinaryReader, depth: Int = 0) throws -> JSONValue {
        guard depth < 64 else { throw CacheFormatError.invalid("nesting") }
        switch try r.readByte() {
        case 0: return .null
        case 1: return .bool(try r.readBool())
        case 2: return .number(try r.readDouble())
        case 3: return .string(try r.readString())
        case 4: return .array(try r.readArray { try json(&$0, depth: depth + 1) })
        case 5: return .object(try r.readArray { r in (try r.readString(), try json(&r, depth: depth + 1)) })
        case let b: throw CacheFormatError.invalid("JSON tag \(b)")
        }
    }
}
