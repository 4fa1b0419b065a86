import LabCore

extension DesignMatrix {
    /// `DesignMatrix.dot(rowₜ, w, d)` for four rows at once, each with exactly
    /// the same operations in the same order (so the same bits), but with
    /// eight independent accumulator chains instead of two and `w` loaded once.
    ///
    /// Complexity: O(4·d), no allocation.
    @inline(__always)
    static func dot4(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafePointer<Double>,
                     _ e: UnsafePointer<Double>, _ w: UnsafePointer<Double>, _ d: Int)
        -> (Double, Double, Double, Double) {
        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), b0 = SIMD4<Double>(), b1 = SIMD4<Double>()
        var c0 = SIMD4<Double>(), c1 = SIMD4<Double>(), e0 = SIMD4<Double>(), e1 = SIMD4<Double>()
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b), rc = UnsafeRawPointer(c), re = UnsafeRawPointer(e)
        let rw = UnsafeRawPointer(w)
        var j = 0
        while j &+ 8 <= d {
            let o = j &* 8
            let w0 = rw.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            let w1 = rw.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self)
            a0 += ra.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self) * w0
            a1 += ra.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self) * w1
            b0 += rb.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self) * w0
            b1 += rb.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self) * w1
            c0 += rc.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self) * w0
            c1 += rc.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self) * w1
            e0 += re.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self) * w0
            e1 += re.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self) * w1
            j &+= 8
        }
        var sa = (a0 + a1).sum(), sb = (b0 + b1).sum(), sc = (c0 + c1).sum(), se = (e0 + e1).sum()
        while j < d {
            sa += a[j] * w[j]; sb += b[j] * w[j]; sc += c[j] * w[j]; se += e[j] * w[j]
            j &+= 1
        }
        return (sa, sb, sc, se)
    }

    /// Four consecutive `DesignMatrix.axpy(rₜ, rowₜ, g, d)` calls fused into one
    /// pass over `g`: `g[j] = (((g[j] + r₀·a[j]) + r₁·b[j]) + r₂·c[j]) + r₃·e[j]`,
    /// the same operations in the same order (so the same bits), with a
    /// quarter of the loads and stores of `g`.
    ///
    /// Complexity: O(4·d), no allocation.
    @inline(__always)
    static func axpy4(_ r: (Double, Double, Double, Double), _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                      _ c: UnsafePointer<Double>, _ e: UnsafePointer<Double>,
                      _ g: UnsafeMutablePointer<Double>, _ d: Int) {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b), rc = UnsafeRawPointer(c), re = UnsafeRawPointer(e)
        let rg = UnsafeMutableRawPointer(g)
        let v0 = SIMD2<Double>(repeating: r.0), v1 = SIMD2<Double>(repeating: r.1)
        let v2 = SIMD2<Double>(repeating: r.2), v3 = SIMD2<Double>(repeating: r.3)
        var j = 0
        while j &+ 2 <= d {
            let o = j &* 8
            var s = rg.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
            s = s + v0 * ra.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
            s = s + v1 * rb.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
            s = s + v2 * rc.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
            s = s + v3 * re.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
            rg.storeBytes(of: s, toByteOffset: o, as: SIMD2<Double>.self)
            j &+= 2
        }
        while j < d {
            var s = g[j]
            s += r.0 * a[j]; s += r.1 * b[j]; s += r.2 * c[j]; s += r.3 * e[j]
            g[j] = s
            j &+= 1
        }
    }

    /// `DesignMatrix.dot(rowₜ, w, d)` for two rows at once, each with exactly
    /// the same operations in the same order (so the same bits); four
    /// accumulator chains fit the SSE registers without spilling.
    ///
    /// Complexity: O(2·d), no allocation.
    @inline(__always)
    static func dot2(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ w: UnsafePointer<Double>, _ d: Int)
        -> (Double, Double) {
        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), b0 = SIMD4<Double>(), b1 = SIMD4<Double>()
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b), rw = UnsafeRawPointer(w)
        var j = 0
        while j &+ 8 <= d {
            let o = j &* 8
            let w0 = rw.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            let w1 = rw.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self)
            a0 += ra.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self) * w0
            a1 += ra.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self) * w1
            b0 += rb.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self) * w0
            b1 += rb.loadUnaligned(fromByteOffset: o &+ 32, as: SIMD4<Double>.self) * w1
            j &+= 8
        }
        var sa = (a0 + a1).sum(), sb = (b0 + b1).sum()
        while j < d {
            sa += a[j] * w[j]; sb += b[j] * w[j]
            j &+= 1
        }
        return (sa, sb)
    }
}
