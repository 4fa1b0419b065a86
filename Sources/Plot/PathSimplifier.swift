/// Reduces polylines to the points that matter at screen resolution.
///
/// Used on pixel coordinates, so a 10,000-point ROC curve becomes the few
/// hundred vertices a 500-pixel-wide plot can show, with no visible change.
public enum PathSimplifier {
    /// A point in pixel (or any planar) coordinates.
    public typealias Point = (x: Double, y: Double)

    /// Ramer–Douglas–Peucker: keeps the first and last point and every point
    /// farther than `tolerance` from the chord of the span it lies in.
    ///
    /// Iterative (explicit stack), so long inputs cannot overflow the call stack.
    /// Consecutive duplicates are removed first.
    /// - Complexity: O(n log n) typical, O(n²) worst case.
    public static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        let input = removeDuplicates(points)
        guard input.count > 2 else { return input }
        var keep = [Bool](repeating: false, count: input.count)
        keep[0] = true
        keep[input.count - 1] = true
        var stack = [(0, input.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var worst = 0.0
            var index = first
            for i in (first + 1)..<last {
                let d = distance(input[i], from: input[first], to: input[last])
                if d > worst { worst = d; index = i }
            }
            if worst > tolerance {
                keep[index] = true
                stack.append((first, index))
                stack.append((index, last))
            }
        }
        return input.indices.filter { keep[$0] }.map { input[$0] }
    }

    /// Drops points equal to their predecessor after rounding to `grid` units.
    public static func removeDuplicates(_ points: [Point], grid: Double = 0.01) -> [Point] {
        var out: [Point] = []
        out.reserveCapacity(points.count)
        var last: (Double, Double)?
        for p in points {
            let key = ((p.x / grid).rounded(), (p.y / grid).rounded())
            if let last, last == key { continue }
            out.append(p)
            last = key
        }
        return out
    }

    /// Distance from `p` to the segment `a`–`b`.
    static func distance(_ p: Point, from a: Point, to b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        if lengthSquared == 0 { return ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot() }
        let t = Swift.max(0, Swift.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared))
        let px = a.x + t * dx - p.x, py = a.y + t * dy - p.y
        return (px * px + py * py).squareRoot()
    }
}
