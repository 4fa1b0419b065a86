import LabScript

/// `param depth=3 seed=0`: defaults for `$depth`, `$seed`; a `--param` or
/// front-matter value given for the same name wins.
enum ParamDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        var rows: [[String]] = []
        for (key, part) in inv.options {
            if let given = ctx.session.overrides[key] {
                ctx.session.parameters[key] = given
                rows.append([key, given.description, "overridden (default \(part.value))"])
            } else {
                ctx.session.parameters[key] = part.value
                rows.append([key, part.value.description, "default"])
            }
        }
        return [.table(ResultTable(header: ["parameter", "value", "source"], rows: rows,
                                   alignments: [.left, .right, .left]))]
    }
}
