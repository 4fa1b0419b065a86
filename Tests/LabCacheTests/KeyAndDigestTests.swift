import Foundation
import Testing
@testable import LabCache

@Suite struct KeyAndDigestTests {
    @Test func fieldBoundariesChangeTheKey() {
        var a = KeyBuilder(domain: "d"); a.add("x", "ab"); a.add("y", "c")
        var b = KeyBuilder(domain: "d"); b.add("x", "a"); b.add("y", "bc")
        var c = KeyBuilder(domain: "e"); c.add("x", "ab"); c.add("y", "c")
        #expect(a.finish() != b.finish())
        #expect(a.finish() != c.finish())
    }

    @Test func keyHexRoundTrips() {
        let key = CacheKey.digest(of: Array("hello".utf8))
        #expect(key.hex == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        #expect(CacheKey(hex: key.hex) == key)
        #expect(CacheKey(hex: "xyz") == nil)
    }

    @Test func fileDigestIsTheContentsSHA256AndFollowsChanges() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("digests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("data.csv")
        try Data("hello".utf8).write(to: file)
        let digests = FileDigests(memoURL: nil)
        #expect(digests.digest(of: file) == CacheKey.digest(of: Array("hello".utf8)))
        try Data("hello, world".utf8).write(to: file)
        #expect(digests.digest(of: file) == CacheKey.digest(of: Array("hello, world".utf8)))
        #expect(digests.digest(of: dir.appendingPathComponent("missing")) == nil)
    }

    @Test func memoisedDigestIsNotRecomputedWhileSizeAndTimeMatch() throws {
        let cache = TestCache()
        let file = cache.directory.appendingPathComponent("model.bin")
        try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
        try Data(repeating: 3, count: 4096).write(to: file)
        let memo = cache.directory.appendingPathComponent("files.memo")
        let first = FileDigests(memoURL: memo)
        let real = try #require(first.digest(of: file))
        first.save(using: cache.store)
        // Plant a different digest for the same size and time: a memo hit returns it unhashed.
        let text = try String(contentsOf: memo, encoding: .utf8)
        let planted = TestCache.key("planted")
        try Data(text.replacingOccurrences(of: real.hex, with: planted.hex).utf8).write(to: memo)
        #expect(FileDigests(memoURL: memo).digest(of: file) == planted)
        // A new modification time invalidates the memo line.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        #expect(FileDigests(memoURL: memo).digest(of: file) == real)
    }

    @Test func readerFailsOnTruncatedInputInsteadOfTrapping() {
        var w = BinaryWriter()
        w.write([1.5, -0.0, .infinity, .nan, 1e-300])
        w.write("héllo")
        let bytes = w.bytes
        for cut in [0, 3, 8, 20, bytes.count - 1] {
            var r = BinaryReader(Array(bytes.prefix(cut)))
            #expect(throws: CacheFormatError.self) {
                _ = try r.readDoubles()
                _ = try r.readString()
            }
        }
        var r = BinaryReader(bytes)
        let doubles = try? r.readDoubles()
        #expect(doubles?.map(\.bitPattern) == [1.5, -0.0, .infinity, .nan, 1e-300].map(\.bitPattern))
        #expect((try? r.readString()) == "héllo")
        #expect(r.isAtEnd)
    }
}
