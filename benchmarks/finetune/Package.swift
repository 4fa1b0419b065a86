// swift-tools-version:6.0
import PackageDescription

// Fine-tuning benchmark. run.sh links the real module sources into .links/ first
// (the links are never committed) and builds this package in release mode.
let package = Package(
    name: "FinetuneBenchmark",
    targets: [
        .systemLibrary(name: "CBLAS", path: ".links/CBLAS", pkgConfig: "openblas"),
        .target(name: "LabCore", path: ".links/LabCore", exclude: ["Resources", "Data"], sources: ["Linalg", "Random", "Files"]),
        .target(name: "TextFeatures", dependencies: ["LabCore"], path: ".links/TextFeatures"),
        .target(name: "Transformer", dependencies: ["CBLAS", "LabCore"], path: ".links/Transformer"),
        .executableTarget(name: "FinetuneBench", dependencies: ["Transformer", "TextFeatures", "CBLAS"], path: "Bench"),
    ],
    swiftLanguageModes: [.v5]
)
