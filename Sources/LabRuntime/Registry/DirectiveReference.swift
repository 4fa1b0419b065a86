import LabScript

/// The directive reference as Markdown, generated from the registered specs.
public enum DirectiveReference {
    /// One section per directive: summary, usage, options; directives with kinds
    /// (`train`, `plot`, `tokenize`) list each kind's own options.
    public static func markdown() -> String {
        var out = ""
        for spec in DirectiveRegistry.specs {
            out += "### `\(spec.name)`\n\n\(spec.summary.prefix(1).uppercased() + spec.summary.dropFirst()).\n\n"
            out += "```text\n\(spec.usage)\n```\n\n"
            out += table(spec.options)
            for kind in spec.variants?.kinds ?? [] {
                out += "`\(spec.name) \(kind.name)`" + (kind.summary.isEmpty ? "" : " — \(kind.summary)")
                out += kind.options.isEmpty ? ": no options of its own.\n\n" : ":\n\n" + table(kind.options)
            }
        }
        return out
    }

    /// An option table, or nothing for no options. Flags read `flag`: written bare or `=true|false`.
    static func table(_ options: [OptionSpec]) -> String {
        guard !options.isEmpty else { return "" }
        var out = "| option | value | meaning |\n| --- | --- | --- |\n"
        for option in options {
            let value = option.isFlag ? "flag (bare, or =true/false)" : option.type.description
            out += "| `\(option.name)` | \(value) | \(option.summary) |\n"
        }
        return out + "\n"
    }
}
