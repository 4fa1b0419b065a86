// swift-tools-version:6.0
import PackageDescription

/// labbook: runs Markdown lab notebooks.
///
/// Modules follow the data flow: `Notebook` (cmark → cells → splice) →
/// `LabScript` (lexer, parser, diagnostics) → `LabRuntime` (session, directives)
/// over the ML core (`LabCore`, `Metrics`, `Models`, `TextFeatures`,
/// `Transformer`) and `Plot` (SVG), with the `lab` command on top.
let package = Package(
    name: "labbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lab", targets: ["lab"]),
        .library(name: "LabRuntime", targets: ["LabRuntime"]),
        /// The lower modules, for the libFuzzer package in `Fuzz/` (built only there).
        .library(name: "LabbookModules", targets: ["Notebook", "LabScript", "LabCore", "TextFeatures", "Transformer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 for cache keys, file digests and entry checksums: Foundation on Linux
        // has no CryptoKit; swift-crypto is Apple's API-compatible implementation.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .target(name: "Notebook", dependencies: ["CCmark"]),
        .target(name: "LabScript"),
        .target(name: "LabCore", resources: [.copy("Resources/datasets")]),
        .target(name: "Metrics"),
        .target(name: "Models", dependencies: ["LabCore"]),
        .target(name: "Plot"),
        .target(name: "LabCache", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Progress"),
        .target(name: "TextFeatures", dependencies: ["LabCore"]),
        .target(name: "Transformer", dependencies: ["CBLAS", "LabCore"]),
        .target(
            name: "LabRuntime",
            dependencies: [
                "Notebook", "LabScript", "LabCore", "Metrics", "Models", "Plot",
                "TextFeatures", "Transformer", "LabCache", "Progress",
            ]
        ),
        .target(name: "OutputCheck", dependencies: ["LabRuntime", "Notebook"]),
        .target(
            name: "Grading",
            dependencies: ["LabRuntime", "LabScript", "Notebook", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "lab",
            dependencies: [
                "LabRuntime", "LabScript", "Progress", "OutputCheck", "Grading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(name: "LabScriptTests", dependencies: ["LabScript"]),
        .testTarget(name: "LabCoreTests", dependencies: ["LabCore"]),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics"]),
        .testTarget(name: "ModelsTests", dependencies: ["Models", "LabCore", "Metrics"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"]),
        .testTarget(name: "LabCacheTests", dependencies: ["LabCache"]),
        .testTarget(name: "ProgressTests", dependencies: ["Progress"]),
        .testTarget(name: "TextFeaturesTests", dependencies: ["TextFeatures", "LabCore"]),
        .testTarget(name: "TransformerTests", dependencies: ["Transformer", "LabCore"]),
        .testTarget(name: "LabRuntimeTests", dependencies: ["LabRuntime", "Notebook", "LabScript", "LabCore", "Models", "TextFeatures", "Transformer"]),
        .testTarget(name: "OutputCheckTests", dependencies: ["OutputCheck", "LabRuntime"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "LabRuntime", "Notebook"]),
        .testTarget(name: "EndToEndTests", dependencies: ["lab", "Transformer", "LabCore"]),
    ],
    swiftLanguageModes: [.v5]
)
