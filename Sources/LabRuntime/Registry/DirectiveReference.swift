import LabScript

/// The directive reference as Markdown, generated from the registered specs.
public enum DirectiveReference {
    /// One section per directive: summary, usage, options.
    public static func markdown() -> String {
        var out = ""
        for spec in DirectiveRegistry.specs {
            out += "### `\(spec.name)`\n\n\(spec.summary.prefix(1).uppercased() + spec.summary.dropFirst()).\n\n"
            out += "```text\n\(spec.usage)\n```\n\n"
            if !spec.options.isEmpty || !spec.flags.isEmpty {
                out += "| option | value | meaning |\n| --- | --- | --- |\n"
                for option in spec.options {
                    out += "| `\(option.name)` | \(option.type.description) | \(option.summary) |\n"
                }
                for flag in spec.flags { out += "| `\(flag)` | flag | |\n" }
                out += "\n"
            }
        }
        return out
    }
}
