import Testing
import Plot

@Test func collinearPointsCollapseToTheEnds() {
    let points = (0...100).map { (x: Double($0), y: 2 * Double($0)) }
    let out = PathSimplifier.simplify(points, tolerance: 0.5)
    #expect(out.count == 2)
    #expect(out.first?.x == 0 && out.last?.x == 100)
}

@Test func cornersFartherThanTheToleranceAreKept() {
    let points: [PathSimplifier.Point] = [(0, 0), (5, 0.1), (10, 0), (10, 5), (10, 10)]
    let out = PathSimplifier.simplify(points, tolerance: 0.5)
    #expect(out.map(\.x) == [0, 10, 10])
    #expect(out.map(\.y) == [0, 0, 10])
}

@Test func consecutiveDuplicatesAreRemoved() {
    let points: [PathSimplifier.Point] = [(1, 1), (1, 1), (1.001, 1), (2, 2), (2, 2)]
    #expect(PathSimplifier.removeDuplicates(points).count == 2)
    #expect(PathSimplifier.simplify([(3, 3), (3, 3)], tolerance: 1).count == 1)
    #expect(PathSimplifier.simplify([], tolerance: 1).isEmpty)
}

@Test func longNoisyLinesShrinkWithinTolerance() {
    var points: [PathSimplifier.Point] = []
    var y = 0.0
    for i in 0..<20_000 {
        y += (i * 7919 % 13 < 6) ? 0.05 : -0.05
        points.append((Double(i) * 0.05, y))
    }
    let out = PathSimplifier.simplify(points, tolerance: 0.5)
    #expect(out.count < 2_000)
    #expect(out.count >= 2)
    // Every input point stays within the tolerance of the simplified line.
    var j = 0
    var worst = 0.0
    for p in points {
        while j + 1 < out.count - 1 && out[j + 1].x < p.x { j += 1 }
        let a = out[j], b = out[min(j + 1, out.count - 1)]
        let dx = b.x - a.x, dy = b.y - a.y
        let length = (dx * dx + dy * dy).squareRoot()
        let distance = length == 0 ? abs(p.y - a.y) : abs(dx * (p.y - a.y) - dy * (p.x - a.x)) / length
        worst = max(worst, distance)
    }
    #expect(worst <= 0.5 + 1e-9)
}
