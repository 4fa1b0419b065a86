import Foundation
import LabCache

/// Versions of the tool and of each operation, part of every cache key.
///
/// Bump an operation's version when a change makes it compute different
/// results (or different output text); entries of the old version are then never read.
public enum LabVersion {
    /// The release version.
    public static let release = "0.9.0"

    /// The tool's version as the cache sees it: the release and a fingerprint of
    /// this build (the executable's size and modification time), so results
    /// computed by another build — a development build whose code changed — are
    /// never taken for this one's. Written in every cache entry's header.
    public static let current: String = {
        var info = stat()
        guard let path = Bundle.main.executablePath, stat(path, &info) == 0 else { return release }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        let stamp = "\(info.st_size):\(modified.tv_sec):\(modified.tv_nsec)"
        return release + "+" + CacheKey.digest(of: Array(stamp.utf8)).short
    }()

    /// Per-verb versions; verbs not listed are at 1.
    /// 2: split as train_test_split, forest and dummy seed for seed as scikit-learn, labels= absent classes.
    static let operations: [String: Int] = ["split": 2, "train": 2, "evaluate": 2]

    static func operation(_ verb: String) -> Int { operations[verb] ?? 1 }
}
