import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run's output files, written all or none.
///
/// Every file is first written in full to a temporary file beside its target
/// (so the final step is a `rename` on one file system); only when every file is
/// staged are they renamed into place. If any staging step fails, the temporary
/// files and the folders the batch created are removed and nothing that existed
/// before is touched. Targets that exist but are not regular files (folders,
/// devices, FIFOs, sockets) are refused rather than replaced.
struct WriteBatch {
    private struct Entry {
        var bytes: [UInt8]
        var target: URL
        var mode: mode_t?
    }

    private var entries: [Entry] = []

    /// Adds a file; `mode`, when given, is the permission bits it gets (else 0666 less the umask).
    mutating func add(_ bytes: [UInt8], to target: URL, mode: mode_t? = nil) {
        entries.append(Entry(bytes: bytes, target: target, mode: mode))
    }

    mutating func add(_ text: String, to target: URL, mode: mode_t? = nil) {
        add(Array(text.utf8), to: target, mode: mode)
    }

    /// The targets, in the order they were added.
    var targets: [URL] { entries.map(\.target) }

    /// Stages every file, then renames them all into place.
    /// - Throws: `RunError.cannotWrite` naming the first file that could not be staged; nothing is then visible.
    func commit() throws {
        var seen = Set<String>()
        for entry in entries where !seen.insert(entry.target.standardizedFileURL.path).inserted {
            throw RunError.cannotWrite(entry.target.path, reason: "two outputs of this run would be written there")
        }
        var staged: [(temporary: String, target: String)] = []
        var createdFolders: [String] = []
        func rollBack() {
            for file in staged { unlink(file.temporary) }
            for folder in createdFolders.reversed() { rmdir(folder) }
        }
        for entry in entries {
            let target = entry.target.path
            do {
                try Self.refuseNonRegular(target)
                try Self.createFolders(for: entry.target.deletingLastPathComponent(), recording: &createdFolders)
                let temporary = try Self.stage(entry.bytes, beside: entry.target, mode: entry.mode)
                staged.append((temporary, target))
            } catch let error as RunError {
                rollBack()
                throw error
            } catch {
                rollBack()
                throw RunError.cannotWrite(target, reason: "\(error)")
            }
        }
        for (index, file) in staged.enumerated() where rename(file.temporary, file.target) != 0 {
            let reason = String(cString: strerror(errno))
            for later in staged[index...] { unlink(later.temporary) }
            throw RunError.cannotWrite(file.target, reason: reason)
        }
    }

    /// Refuses a target that exists and is not a regular file or a link to one.
    static func refuseNonRegular(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFREG { return }
        if kind == S_IFLNK {
            // Renaming over a link replaces the link, never what it points to.
            return
        }
        throw RunError.cannotWrite(path, reason: kind == S_IFDIR ? "it is a folder" : "it is not a regular file")
    }

    private static func createFolders(for folder: URL, recording created: inout [String]) throws {
        var missing: [String] = []
        var current = folder.standardizedFileURL
        var info = stat()
        while stat(current.path, &info) != 0, current.path != "/" {
            missing.append(current.path)
            current = current.deletingLastPathComponent()
        }
        if stat(current.path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
            throw RunError.cannotWrite(folder.path, reason: "'\(current.path)' is not a folder")
        }
        for path in missing.reversed() {
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                throw RunError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
            created.append(path)
        }
    }

    private static func stage(_ bytes: [UInt8], beside target: URL, mode: mode_t?) throws -> String {
        let folder = target.deletingLastPathComponent().path
        var temporary = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temporary = folder + "/.\(target.lastPathComponent).lab-tmp-\(getpid())-\(attempt)"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw RunError.cannotWrite(target.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw RunError.cannotWrite(target.path, reason: reason)
            }
            written += n
        }
        // The mode asked for, whatever the umask (for --in-place, the notebook's own).
        if let mode, fchmod(fd, mode) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RunError.cannotWrite(target.path, reason: reason)
        }
        if fsync(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RunError.cannotWrite(target.path, reason: reason)
        }
        return temporary
    }
}
