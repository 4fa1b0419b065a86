import Foundation
import Testing
@testable import LabCache

/// A fresh cache in a temporary folder, with its notes collected.
final class TestCache {
    let directory: URL
    let store: CacheStore
    private let lock = NSLock()
    private var _notes: [String] = []
    var notes: [String] { lock.lock(); defer { lock.unlock() }; return _notes }

    init(toolVersion: String = "test-1") {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("labcache-\(UUID().uuidString)")
        store = CacheStore(directory: directory, toolVersion: toolVersion)
        store.note = { [unowned self] line in lock.lock(); _notes.append(line); lock.unlock() }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func key(_ text: String) -> CacheKey {
        var k = KeyBuilder(domain: "test")
        k.add("text", text)
        return k.finish()
    }
}

@Suite struct CacheStoreTests {
    @Test func storedPayloadReadsBackIdentically() {
        let cache = TestCache()
        let key = TestCache.key("a")
        let payload = (0..<10_000).map { UInt8($0 % 251) }
        cache.store.write(key, payload: payload)
        #expect(cache.store.read(key) == payload)
        #expect(cache.notes.isEmpty)
    }

    @Test func missingEntryIsAMissWithoutNote() {
        let cache = TestCache()
        #expect(cache.store.read(TestCache.key("none")) == nil)
        #expect(cache.notes.isEmpty)
    }

    @Test func truncatedEntryIsIgnoredRemovedAndNoted() throws {
        let cache = TestCache()
        let key = TestCache.key("t")
        cache.store.write(key, payload: Array(repeating: 7, count: 500))
        let url = cache.store.url(for: key)
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count - 40).write(to: url)
        #expect(cache.store.read(key) == nil)
        #expect(cache.notes == ["lab: cache: ignoring entry \(key.short) (truncated); recomputing"])
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func garbageEntryIsIgnoredAndNoted() throws {
        let cache = TestCache()
        let key = TestCache.key("g")
        cache.store.write(key, payload: [1, 2, 3])
        try Data("not an entry at all, just some text that is long enough".utf8).write(to: cache.store.url(for: key))
        #expect(cache.store.read(key) == nil)
        #expect(cache.notes.first?.contains("not a labbook cache entry") == true)
    }

    @Test func flippedPayloadByteFailsTheChecksum() throws {
        let cache = TestCache()
        let key = TestCache.key("f")
        cache.store.write(key, payload: Array(repeating: 1, count: 100))
        let url = cache.store.url(for: key)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count - 50] ^= 0xFF
        try Data(bytes).write(to: url)
        #expect(cache.store.read(key) == nil)
        #expect(cache.notes.first?.contains("checksum mismatch") == true)
    }

    @Test func entryOfAnotherToolVersionIsForeign() {
        let cache = TestCache(toolVersion: "old")
        let key = TestCache.key("v")
        cache.store.write(key, payload: [9])
        let newer = CacheStore(directory: cache.directory, toolVersion: "new")
        var notes: [String] = []
        newer.note = { notes.append($0) }
        #expect(newer.read(key) == nil)
        #expect(notes.first?.contains("written by lab old") == true)
    }

    @Test func entryFiledUnderAnotherKeyIsRefused() throws {
        let cache = TestCache()
        let a = TestCache.key("a"), b = TestCache.key("b")
        cache.store.write(a, payload: [1])
        try FileManager.default.createDirectory(at: cache.store.url(for: b).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: cache.store.url(for: a), to: cache.store.url(for: b))
        #expect(cache.store.read(b) == nil)
        #expect(cache.notes.first?.contains("holds another key") == true)
    }

    @Test func concurrentWritersAndReadersNeverSeeAPartialEntry() async {
        let cache = TestCache()
        let keys = (0..<4).map { TestCache.key("k\($0)") }
        let payloads = keys.indices.map { k in (0..<200_000).map { UInt8(($0 + k) % 256) } }
        await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var ok = true
                    for round in 0..<5 {
                        let k = (worker + round) % keys.count
                        cache.store.write(keys[k], payload: payloads[k])
                        if let read = cache.store.read(keys[(k + 1) % keys.count]) {
                            ok = ok && read == payloads[(k + 1) % keys.count]
                        }
                    }
                    return ok
                }
            }
            for await ok in group { #expect(ok) }
        }
        for (k, key) in keys.enumerated() { #expect(cache.store.read(key) == payloads[k]) }
        #expect(cache.notes.isEmpty)
    }
}
