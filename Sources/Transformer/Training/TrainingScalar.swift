import CBLAS
import Foundation

/// The floating-point type a trainable model computes in: `Float` for training
/// (OpenBLAS `sgemm`), `Double` for finite-difference gradient checks (`dgemm`).
///
/// Supplies the general matrix product and the scalar functions the training
/// kernels need, so one generic implementation serves both precisions.
public protocol TrainingScalar: BinaryFloatingPoint, SIMDScalar, Sendable {
    /// `C[m×n] = alpha · op(A) · op(B) + beta · C`, row-major; `op(X)` is `Xᵀ` when the flag is set.
    /// Leading dimensions are row strides of the matrices as stored.
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Self,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    /// `eˣ`.
    static func exponential(_ x: Self) -> Self
    /// The error function.
    static func errorFunction(_ x: Self) -> Self
    /// The hyperbolic tangent.
    static func hyperbolicTangent(_ x: Self) -> Self
    /// The natural logarithm.
    static func logarithm(_ x: Self) -> Self
}

extension Float: TrainingScalar {
    @inline(__always)
    public static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                            a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                            beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        guard m > 0, n > 0 else { return }
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
    @inline(__always) public static func exponential(_ x: Float) -> Float { VectorMath.exp(x) }
    @inline(__always) public static func errorFunction(_ x: Float) -> Float { VectorMath.erf(x) }
    @inline(__always) public static func hyperbolicTangent(_ x: Float) -> Float { Foundation.tanh(x) }
    @inline(__always) public static func logarithm(_ x: Float) -> Float { Foundation.log(x) }
}

extension Double: TrainingScalar {
    @inline(__always)
    public static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                            a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                            beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        guard m > 0, n > 0 else { return }
        cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
    @inline(__always) public static func exponential(_ x: Double) -> Double { Foundation.exp(x) }
    @inline(__always) public static func errorFunction(_ x: Double) -> Double { Foundation.erf(x) }
    @inline(__always) public static func hyperbolicTangent(_ x: Double) -> Double { Foundation.tanh(x) }
    @inline(__always) public static func logarithm(_ x: Double) -> Double { Foundation.log(x) }
}
