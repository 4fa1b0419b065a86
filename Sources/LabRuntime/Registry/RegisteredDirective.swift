import LabScript

/// A directive the runtime knows: its checked shape and what running it does.
///
/// Registering a new directive is one file: a `static let` holding
///
/// ```swift
/// RegisteredDirective(
///     spec: DirectiveSpec(
///         name: "crossval", summary: "…", usage: "crossval KIND [options] on DATA",
///         positional: [SlotSpec("model kind", kind: .literal(choices: …))],
///         clauses: ["on": SlotSpec("data", kind: .reference)],
///         options: [OptionSpec("folds", .integer, summary: "…")],
///         flags: ["stratify"],                       // bare, or stratify=true/false
///         variants: ModelCatalog.variants,           // per-kind options, if a slot picks a kind
///         binding: .optional(defaultFromPositional: nil),
///         updates: .none),                           // or .slot("data") for an in-place change
///     run: CrossvalDirective.run)
/// ```
///
/// added to one of the `…DirectiveSpecs.all` lists. The checker validates every
/// directive against `spec` before anything runs (slots, per-kind options, value
/// types, names read and written); `run` then receives the resolved directive as
/// an ``Invocation`` and reads slots by name (`inv.path("data")`) and typed options
/// (`inv.int("folds")`, `inv.bool("stratify")`), with `$params` already substituted.
struct RegisteredDirective {
    /// Grammar facts the static checker uses (options, slots, flags, kinds, binding, in-place updates).
    var spec: DirectiveSpec
    /// Executes one resolved directive, returning the block's outputs.
    var run: (Invocation, inout ExecutionContext) throws -> [Output]
}
