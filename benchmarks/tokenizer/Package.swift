// swift-tools-version:6.0
import PackageDescription

// Tokenizer benchmark. `run.sh` links the real sources into `.links/` before building
// (the links are created at run time and removed afterwards; never commit them).
let package = Package(
    name: "tokenizer-bench",
    targets: [
        .target(name: "LabCore", path: ".links/LabCore", exclude: ["Resources", "Data"], sources: ["Linalg", "Random", "Files"]),
        .target(name: "TextFeatures", dependencies: ["LabCore"], path: ".links/TextFeatures"),
        .executableTarget(name: "tokenizer-bench", dependencies: ["TextFeatures"], path: "Bench"),
    ],
    swiftLanguageModes: [.v5]
)
