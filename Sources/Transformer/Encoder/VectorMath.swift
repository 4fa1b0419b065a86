/// Branch-free single-precision `exp` and `erf` that the compiler can vectorise.
///
/// Both are used in the hot loops (softmax, GELU) where calling libm per element
/// would cost more than the matrix products around them.
enum VectorMath {
    /// `exp(x)` to about 2 ulp (Cephes `expf` polynomial), exactly 0 below -87.3.
    ///
    /// Range reduction `x = n·ln2 + r`, |r| ≤ ln2/2, with `n` rounded by the
    /// 1.5·2²³ trick and `2ⁿ` built from its exponent bits.
    @inline(__always)
    static func exp(_ value: Float) -> Float {
        let x = value < 88.37626 ? (value > -87.33654 ? value : -87.33654) : 88.37626
        let shifted = x * 1.44269504088896341 + 12582912.0
        let n = shifted - 12582912.0
        let integer = Int32(bitPattern: shifted.bitPattern) &- 0x4B40_0000
        let r = (x - n * 0.693359375) - n * -2.12194440e-4
        var p: Float = 1.9875691500e-4
        p = p * r + 1.3981999507e-3
        p = p * r + 8.3334519073e-3
        p = p * r + 4.1665795894e-2
        p = p * r + 1.6666665459e-1
        p = p * r + 5.0000001201e-1
        let y = p * (r * r) + r + 1
        let scale = Float(bitPattern: UInt32(bitPattern: (integer &+ 127) &<< 23))
        return value < -87.33654 ? 0 : y * scale
    }

    /// `erf(x)` to about 4e-7 absolute: Eigen's odd/even rational minimax on [-4, 4], ±1 outside.
    @inline(__always)
    static func erf(_ value: Float) -> Float {
        let x = value < 4 ? (value > -4 ? value : -4) : 4
        let x2 = x * x
        var p: Float = -2.72614225801306e-10
        p = p * x2 + 2.77068142495902e-08
        p = p * x2 + -2.10102402082508e-06
        p = p * x2 + -5.69250639462346e-05
        p = p * x2 + -7.34990630326855e-04
        p = p * x2 + -2.95459980854025e-03
        p = p * x2 + -1.60960333262415e-02
        var q: Float = -1.45660718464996e-05
        q = q * x2 + -2.13374055278905e-04
        q = q * x2 + -1.68282697438203e-03
        q = q * x2 + -7.37332916720468e-03
        q = q * x2 + -1.42647390514189e-02
        return x * p / q
    }

    /// Exact-form GELU `x · ½ · (1 + erf(x / √2))`.
    @inline(__always)
    static func gelu(_ x: Float) -> Float {
        0.5 * x * (1 + erf(x * 0.70710678118654752))
    }

    /// Sum of `count` floats with eight independent lanes (vectorises; order fixed, so deterministic).
    @inline(__always)
    static func sum(_ values: UnsafePointer<Float>, _ count: Int) -> Float {
        var lanes = SIMD8<Float>(repeating: 0)
        var index = 0
        let raw = UnsafeRawPointer(values)
        while index + 8 <= count {
            lanes += raw.loadUnaligned(fromByteOffset: index * 4, as: SIMD8<Float>.self)
            index += 8
        }
        var total = lanes.sum()
        while index < count { total += values[index]; index += 1 }
        return total
    }

    /// Sum of squared deviations `Σ (xᵢ - mean)²` with eight lanes.
    @inline(__always)
    static func squaredDeviation(_ values: UnsafePointer<Float>, _ count: Int, mean: Float) -> Float {
        var lanes = SIMD8<Float>(repeating: 0)
        let center = SIMD8<Float>(repeating: mean)
        var index = 0
        let raw = UnsafeRawPointer(values)
        while index + 8 <= count {
            let d = raw.loadUnaligned(fromByteOffset: index * 4, as: SIMD8<Float>.self) - center
            lanes += d * d
            index += 8
        }
        var total = lanes.sum()
        while index < count { let d = values[index] - mean; total += d * d; index += 1 }
        return total
    }
}
