#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Limits a run process puts on itself before it reads a submission: the kernel
/// then enforces them whatever the submission asks for.
public struct ResourceLimits: Sendable, Equatable {
    /// Address-space cap in bytes (RLIMIT_AS); the grader also watches resident memory.
    public var memoryBytes: UInt64
    /// CPU seconds (RLIMIT_CPU), a backstop for the grader's wall-time limit.
    public var cpuSeconds: UInt64
    /// Largest file the process may write (RLIMIT_FSIZE).
    public var fileBytes: UInt64 = 64 << 20

    public init(memoryBytes: UInt64, cpuSeconds: UInt64) {
        self.memoryBytes = memoryBytes
        self.cpuSeconds = cpuSeconds
    }

    /// Lowers this process's soft and hard limits (irreversible) and disables core files.
    public func apply() {
        #if canImport(Glibc)
        set(__rlimit_resource_t(RLIMIT_AS.rawValue), memoryBytes)
        set(__rlimit_resource_t(RLIMIT_CPU.rawValue), cpuSeconds)
        set(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), fileBytes)
        set(__rlimit_resource_t(RLIMIT_CORE.rawValue), 0)
        #else
        set(RLIMIT_AS, memoryBytes)
        set(RLIMIT_CPU, cpuSeconds)
        set(RLIMIT_FSIZE, fileBytes)
        set(RLIMIT_CORE, 0)
        #endif
    }

    #if canImport(Glibc)
    private func set(_ resource: __rlimit_resource_t, _ value: UInt64) {
        var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        _ = setrlimit(resource, &limit)
    }
    #else
    private func set(_ resource: Int32, _ value: UInt64) {
        var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        _ = setrlimit(resource, &limit)
    }
    #endif
}
