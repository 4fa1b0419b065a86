import LabScript

/// A directive the runtime knows: its checked shape and what running it does.
struct RegisteredDirective {
    /// Grammar facts the static checker uses (options, slots, flags, binding).
    var spec: DirectiveSpec
    /// Executes one invocation, returning the block's outputs.
    var run: (Invocation, inout ExecutionContext) throws -> [Output]
}
