import Foundation
import Testing

/// Runs the built `lab` binary in a scratch folder and captures what it did.
struct LabProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `lab` executable built next to the test bundle.
    static let executable: URL = {
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        for dir in [Bundle.main.bundleURL, bundleDir, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("lab")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return bundleDir.appendingPathComponent("lab")
    }()

    /// The repository root (three levels above this file).
    static let repoRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `lab ARGS` in `directory`.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["LAB_DATA_DIR"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh scratch folder holding `files` (relative path → bytes).
    /// Runs `lab ARGUMENTS` through `/bin/sh` with standard error redirected by `redirect`
    /// (`2>&-` closes it, `2>/dev/full` makes every write fail); the termination reason and status.
    static func runWithStandardError(_ redirect: String, _ arguments: [String], in directory: URL) throws
        -> (reason: Process.TerminationReason, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(executable.path)' \(arguments.joined(separator: " ")) \(redirect)"]
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus)
    }

    static func scratch(_ files: [String: [UInt8]]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lab-e2e-\(UUID().uuidString)")
        for (path, bytes) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every file under `dir` with its bytes, for before/after comparisons
    /// (the result cache, `.lab-cache/`, is an accelerator, not output, and is left out).
    static func snapshot(_ dir: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return result }
        for case let url as URL in walker {
            if url.lastPathComponent == ".lab-cache" { walker.skipDescendants(); continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[String(url.path.dropFirst(dir.path.count))] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }
}
