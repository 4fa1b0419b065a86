import LabCore
import Testing

@Test func sameSeedGivesSameSequence() {
    var a = SeededGenerator(seed: 42)
    var b = SeededGenerator(seed: 42)
    #expect((0..<100).map { _ in a.next() } == (0..<100).map { _ in b.next() })
}

@Test func differentSeedsDiffer() {
    var a = SeededGenerator(seed: 1)
    var b = SeededGenerator(seed: 2)
    #expect(a.next() != b.next())
}

@Test func nextDoubleStaysInUnitInterval() {
    var g = SeededGenerator(seed: 7)
    for _ in 0..<10_000 {
        let x = g.nextDouble()
        #expect(x >= 0 && x < 1)
    }
}

@Test func shuffleIsAPermutation() {
    var g = SeededGenerator(seed: 3)
    var a = Array(0..<50)
    g.shuffle(&a)
    #expect(a.sorted() == Array(0..<50))
    #expect(a != Array(0..<50))
}
