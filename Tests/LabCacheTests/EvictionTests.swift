import Foundation
import Testing
@testable import LabCache

@Suite struct EvictionTests {
    /// Writes `count` entries of `size` payload bytes, each one second older than the next.
    private func fill(_ cache: TestCache, count: Int, size: Int) throws -> [CacheKey] {
        let now = Date()
        return try (0..<count).map { i in
            let key = TestCache.key("e\(i)")
            cache.store.write(key, payload: Array(repeating: UInt8(i), count: size))
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(Double(i - count) * 10)],
                                                  ofItemAtPath: cache.store.url(for: key).path)
            return key
        }
    }

    @Test func evictionKeepsTheBound() throws {
        let cache = TestCache()
        _ = try fill(cache, count: 12, size: 1000)
        let bound: Int64 = 5000
        #expect(cache.store.totalSize > bound)
        let removed = cache.store.evict(toFit: bound)
        #expect(removed > 0)
        #expect(cache.store.totalSize <= bound)
        #expect(cache.store.totalSize > bound - 1200)
    }

    @Test func evictionRemovesTheLeastRecentlyUsedFirst() throws {
        let cache = TestCache()
        let keys = try fill(cache, count: 6, size: 1000)
        // Reading the oldest entry makes it the most recently used.
        #expect(cache.store.read(keys[0]) != nil)
        cache.store.evict(toFit: 3500)
        #expect(cache.store.contains(keys[0]))
        #expect(!cache.store.contains(keys[1]))
        #expect(!cache.store.contains(keys[2]))
        #expect(cache.store.contains(keys[5]))
    }

    @Test func cacheUnderTheBoundIsLeftAlone() throws {
        let cache = TestCache()
        let keys = try fill(cache, count: 3, size: 100)
        #expect(cache.store.evict(toFit: CacheStore.defaultSizeBound) == 0)
        #expect(keys.allSatisfy(cache.store.contains))
    }
}
