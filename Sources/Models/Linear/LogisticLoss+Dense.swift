import LabCore

extension LogisticLoss {
    /// The binary dense case of `lossSum`, bit-for-bit the same as the generic
    /// fused pass (`DesignMatrix.fusedGradient` with `binary`): each row's
    /// `zᵢ = dot(xᵢ, w) + b` uses `DesignMatrix.dot`'s exact arithmetic, and
    /// the loss total and the gradient `g += rᵢ·xᵢ` are accumulated in row order.
    ///
    /// Faster because rows' dot products are computed in pairs
    /// (`DesignMatrix.dot2`: four independent accumulator chains instead of two) and
    /// the gradient updates of four rows are fused (`DesignMatrix.axpy4`) when
    /// all four residuals are non-zero; the loop is specialised for one class with no optional look-ups.
    ///
    /// Complexity: O(n·d), no allocation.
    static func denseBinaryLossSum(rows range: Range<Int>, x: UnsafePointer<Double>, columns d: Int,
                                   labels y: UnsafePointer<Int>, _ w: UnsafePointer<Double>, bias: Double,
                                   gradient g: UnsafeMutablePointer<Double>,
                                   biasGradient: UnsafeMutablePointer<Double>?) -> Double {
        var total = 0.0
        var z = (0.0, 0.0, 0.0, 0.0)
        var i = range.lowerBound
        @inline(__always) func accumulate(_ i: Int, _ r: Double) {
            if r != 0 {
                DesignMatrix.axpy(r, x + i &* d, g, d)
                biasGradient?[0] += r
            }
        }
        @inline(__always) func single(_ i: Int, _ zi: Double) {
            var r = zi
            total += withUnsafeMutablePointer(to: &r) { binary($0, y[i]) }
            accumulate(i, r)
        }
        while i &+ 4 <= range.upperBound {
            let row = x + i &* d
            let z01 = DesignMatrix.dot2(row, row + d, w, d), z23 = DesignMatrix.dot2(row + 2 &* d, row + 3 &* d, w, d)
            z = (z01.0, z01.1, z23.0, z23.1)
            var r = (z.0 + bias, z.1 + bias, z.2 + bias, z.3 + bias)
            total += withUnsafeMutablePointer(to: &r.0) { binary($0, y[i]) }
            total += withUnsafeMutablePointer(to: &r.1) { binary($0, y[i &+ 1]) }
            total += withUnsafeMutablePointer(to: &r.2) { binary($0, y[i &+ 2]) }
            total += withUnsafeMutablePointer(to: &r.3) { binary($0, y[i &+ 3]) }
            if r.0 != 0 && r.1 != 0 && r.2 != 0 && r.3 != 0 {
                DesignMatrix.axpy4(r, row, row + d, row + 2 &* d, row + 3 &* d, g, d)
                if let biasGradient {
                    biasGradient[0] += r.0; biasGradient[0] += r.1
                    biasGradient[0] += r.2; biasGradient[0] += r.3
                }
            } else {
                accumulate(i, r.0); accumulate(i &+ 1, r.1); accumulate(i &+ 2, r.2); accumulate(i &+ 3, r.3)
            }
            i &+= 4
        }
        while i < range.upperBound {
            single(i, DesignMatrix.dot(x + i &* d, w, d) + bias)
            i &+= 1
        }
        return total
    }
}
