import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders a run may read from, and the one function every read goes through.
///
/// A file is read only when its real path (every symbolic link resolved) lies
/// inside one of the roots, is not under `/proc`, `/sys` or `/dev`, and is a
/// regular file (devices, FIFOs, sockets and folders are refused as data).
/// The resolved path is opened with `O_NOFOLLOW`, and the opened descriptor is
/// checked again with `fstat`, so a link swapped in between cannot redirect it.
public struct FileConfinement: Sendable, Equatable {
    /// Real paths of the roots, without trailing slashes.
    public let roots: [String]

    /// Confines reads to `roots` (resolved to their real paths; roots that do not exist are dropped).
    public init(roots: [URL]) {
        self.roots = roots.compactMap { FileConfinement.realPath($0.path) }
    }

    /// Confines reads to one folder (a model folder, a dataset folder).
    public static func directory(_ url: URL) -> FileConfinement { FileConfinement(roots: [url]) }

    /// Largest file read as data (4 GiB): beyond it a file is refused rather than exhausting memory.
    public static let maximumFileSize: Int = 1 << 32

    /// Pseudo file systems that are never data, whatever the roots say.
    static let forbiddenPrefixes = ["/proc", "/sys", "/dev"]

    /// The real path of `url` when it lies inside the roots, else nil.
    public func confinedPath(_ url: URL) -> String? {
        guard let real = FileConfinement.realPath(url.path) else { return nil }
        return contains(realPath: real) ? real : nil
    }

    /// Whether an already resolved path lies inside a root and outside the pseudo file systems.
    public func contains(realPath path: String) -> Bool {
        if FileConfinement.forbiddenPrefixes.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return false }
        return roots.contains { root in
            root == "/" || path == root || path.hasPrefix(root + "/")
        }
    }

    /// Reads the whole file at `url`.
    /// - Throws: `FileAccessError` when it is outside the roots, not a regular file, too large or unreadable.
    public func read(_ url: URL) throws -> [UInt8] {
        let shown = url.lastPathComponent
        let real = try checkedPath(url)
        let fd = open(real, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FileAccessError.unreadable(shown, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileAccessError.unreadable(shown, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileAccessError.notRegular(shown) }
        guard info.st_size >= 0, Int(info.st_size) <= FileConfinement.maximumFileSize else {
            throw FileAccessError.tooLarge(shown, limit: FileConfinement.maximumFileSize)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { FileConfinement.systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileAccessError.unreadable(shown, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            guard bytes.count <= FileConfinement.maximumFileSize else {
                throw FileAccessError.tooLarge(shown, limit: FileConfinement.maximumFileSize)
            }
        }
        return bytes
    }

    /// The real path of `url` after every check `read` makes (inside the roots, a
    /// regular file, not too large), for readers that map the file themselves.
    /// - Throws: `FileAccessError`.
    public func checkedPath(_ url: URL) throws -> String {
        let shown = url.lastPathComponent
        guard let real = FileConfinement.realPath(url.path) else { throw FileAccessError.missing(shown) }
        guard contains(realPath: real) else { throw FileAccessError.outsideRoots(shown) }
        var info = stat()
        guard stat(real, &info) == 0 else { throw FileAccessError.unreadable(shown, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileAccessError.notRegular(shown) }
        guard info.st_size >= 0, Int(info.st_size) <= FileConfinement.maximumFileSize else {
            throw FileAccessError.tooLarge(shown, limit: FileConfinement.maximumFileSize)
        }
        return real
    }

    /// Reads the whole file at `url` as `Data`.
    public func readData(_ url: URL) throws -> Data { Data(try read(url)) }

    /// Whether `url` names an existing regular file inside the roots.
    public func isReadableFile(_ url: URL) -> Bool {
        guard let real = confinedPath(url) else { return false }
        var info = stat()
        return stat(real, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    /// The canonical absolute path with every link resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Why a confined read was refused; names the file as the notebook wrote it, never its contents.
public enum FileAccessError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(String)
    case outsideRoots(String)
    case notRegular(String)
    case tooLarge(String, limit: Int)
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .missing(let file): return "no such file: '\(file)'"
        case .outsideRoots(let file):
            return "'\(file)' resolves outside the notebook's folder and the data path (links are followed); refused"
        case .notRegular(let file): return "'\(file)' is not a regular file (devices, FIFOs and folders are not data)"
        case .tooLarge(let file, let limit): return "'\(file)' is larger than \(limit) bytes"
        case .unreadable(let file, let reason): return "cannot read '\(file)': \(reason)"
        }
    }
}
