import Crypto
import Foundation

/// `--shard I/N`: a deterministic share of the submissions, by a hash of the
/// student's name, so each student lands in the same shard whatever else is
/// submitted and whichever machine grades it.
public struct Shard: Sendable, Equatable {
    /// 1-based.
    public var index: Int
    public var count: Int

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init(_ text: String) throws {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 1, i <= n else {
            throw GradingError.usage("--shard expects I/N with 1 ≤ I ≤ N, e.g. --shard 2/8; got '\(text)'")
        }
        index = i
        count = n
    }

    /// Whether `student` belongs to this shard.
    public func contains(_ student: String) -> Bool {
        let digest = Array(SHA256.hash(data: Data(student.utf8)))
        let bucket = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(bucket % UInt64(count)) == index - 1
    }
}
