import Foundation

/// How `lab run` executes and where it writes.
public struct RunOptions: Sendable {
    /// Folder for `NAME.md`, `NAME.json` and `NAME/*.svg` (default `Outputs`).
    public var outputDirectory: URL
    /// Write the regions into the source notebook instead of `Outputs/NAME.md`.
    public var inPlace = false
    /// Also write the results JSON here.
    public var resultsFile: URL?
    /// `--param NAME=VALUE` overrides, in order.
    public var parameters: [(name: String, value: String)] = []
    /// Extra data folders searched after the notebook's own (`--data-dir`, then `LAB_DATA_DIR`).
    public var dataDirectories: [URL] = []
    /// Where pre-trained models live (`LAB_MODELS_DIR`, default `~/.cache/labbook/models`).
    public var modelsDirectory: URL?
    /// Keep executing after a failed directive, showing the error in its region.
    public var keepGoing = false
    /// Put `<svg>` inline instead of linking files.
    public var embedSVG = false

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }
}

/// What a run did.
public struct RunReport: Sendable {
    /// Rendered diagnostics, in order (errors and warnings).
    public var messages: [String] = []
    /// Files written.
    public var written: [URL] = []
    /// Whether the run failed (exit status 1).
    public var failed = false
    /// Whether it failed because of how it was called, e.g. an unknown `--param` (exit status 2).
    public var usageError = false
}
