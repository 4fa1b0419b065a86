import LabScript

/// Every directive of the language, by name (knitr's engine registry, in Swift).
public enum DirectiveRegistry {
    static let all: [RegisteredDirective] = DataDirectiveSpecs.all + ModelDirectiveSpecs.all + ModelSelectionDirectiveSpecs.all
        + TextDirectiveSpecs.all + PlotDirectiveSpecs.all

    static let byName: [String: RegisteredDirective] = {
        var map: [String: RegisteredDirective] = [:]
        for directive in all { map[directive.spec.name] = directive }
        return map
    }()

    /// The specs the static checker validates notebooks against, in reference order.
    public static var specs: [DirectiveSpec] { all.map(\.spec) }

    /// The specs the checker uses: the directives, and the `value` form of inline values in prose.
    static var checkerSpecs: [DirectiveSpec] { specs + [InlineValueDirective.spec] }
}
