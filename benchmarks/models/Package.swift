// swift-tools-version:6.0
import PackageDescription

// Models benchmark (fit + predict vs scikit-learn). `run.sh` creates `.build-src/`
// at run time with symlinks to ../../Sources/LabCore and ../../Sources/Models;
// never commit the links or build products (the repo's `.build*` rule ignores them).
// BuiltinDatasets.swift needs `Bundle.module` (the Resources copy), which is not built here.
let package = Package(
    name: "models-bench",
    targets: [
        .target(name: "LabCore", path: ".build-src/LabCore", exclude: ["Resources", "Data/BuiltinDatasets.swift"],
                sources: ["Linalg", "Random", "Data", "Files"]),
        .target(name: "Models", dependencies: ["LabCore"], path: ".build-src/Models"),
        .executableTarget(name: "models-bench", dependencies: ["LabCore", "Models"], path: "Bench"),
    ],
    swiftLanguageModes: [.v5]
)
