// swift-tools-version:6.0
import PackageDescription

// Encoder benchmark. run.sh links the real module sources into .links/ first
// (the links are never committed) and builds this package in release mode.
let package = Package(
    name: "EncoderBenchmark",
    targets: [
        .systemLibrary(name: "CBLAS", path: ".links/CBLAS", pkgConfig: "openblas"),
        .target(name: "LabCore", path: ".links/LabCore", exclude: ["Resources"], sources: ["Linalg", "Random", "Files"]),
        .target(name: "Transformer", dependencies: ["CBLAS", "LabCore"], path: ".links/Transformer"),
        .executableTarget(name: "EncoderBench", dependencies: ["Transformer", "CBLAS"], path: "Bench"),
    ],
    swiftLanguageModes: [.v5]
)
