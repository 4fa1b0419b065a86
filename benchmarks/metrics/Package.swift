// swift-tools-version:6.0
import PackageDescription

// Metrics benchmark. `run.sh` links ../../Sources/Metrics into `.links/` before building
// (the link is created at run time and removed afterwards; never commit it).
let package = Package(
    name: "metrics-bench",
    targets: [
        .target(name: "Metrics", path: ".links/Metrics"),
        .executableTarget(name: "metrics-bench", dependencies: ["Metrics"], path: "Bench"),
    ],
    swiftLanguageModes: [.v5]
)
