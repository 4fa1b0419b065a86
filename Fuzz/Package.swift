// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for labbook's input readers, kept out of the main package so
/// normal builds are unaffected. Build and run one with `bash scripts/fuzz.sh TARGET SECONDS`
/// (`swift build -c release -Xswiftc -sanitize=fuzzer,address --product TARGET`, linked with lld).
/// Each target's `main` enters libFuzzer through `LLVMFuzzerRunDriver`, because SwiftPM
/// gives every executable its own `main`, which would hide libFuzzer's.
let modules: [Target.Dependency] = [
    .product(name: "LabbookModules", package: "labbook"),
    .product(name: "LabRuntime", package: "labbook"),
]

let package = Package(
    name: "labbook-fuzz",
    dependencies: [.package(name: "labbook", path: "..")],
    targets: [
        .executableTarget(name: "fuzz-notebook", dependencies: modules),
        .executableTarget(name: "fuzz-labscript", dependencies: modules),
        .executableTarget(name: "fuzz-csv", dependencies: modules),
        .executableTarget(name: "fuzz-jsonl", dependencies: modules),
        .executableTarget(name: "fuzz-safetensors", dependencies: modules),
        .executableTarget(name: "fuzz-wordpiece", dependencies: modules),
    ],
    swiftLanguageModes: [.v5]
)
