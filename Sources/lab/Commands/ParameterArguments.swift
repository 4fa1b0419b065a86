import ArgumentParser

/// The `--param NAME=VALUE` arguments shared by `run`, `check` and `html`.
enum ParameterArguments {
    /// Refuses an argument without `=` or without a name (a usage error, exit 2).
    static func validate(_ arguments: [String]) throws {
        for argument in arguments where !argument.contains("=") || argument.hasPrefix("=") {
            throw ValidationError("--param expects NAME=VALUE, got '\(argument)'")
        }
    }

    /// Name and value of each argument, split at its first `=`; call after ``validate(_:)``.
    static func parse(_ arguments: [String]) -> [(name: String, value: String)] {
        arguments.map { text in
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }
}
