import LabScript

/// One directive of a ``CheckedProgram``: where it sits, what it reads and writes,
/// and its resolved form.
///
/// Identity: ``block`` and ``step`` (0-based here; 1-based in the results JSON) do
/// not change when output regions are added or removed, nor when prose is edited.
public struct ResolvedStep: Sendable {
    /// The lab block it belongs to (`LabBlock.index`, 0-based, document order).
    public let block: Int
    /// Its position among the directives of its block, 0-based.
    public let step: Int
    /// The checker's resolved directive: spec, kind, named slots, typed options
    /// (parameters substituted), binding, diagnostics.
    public let resolved: ResolvedDirective
    /// Its line in the notebook with every output region removed (the line in the
    /// source as written, before any run): stable across `--in-place` reruns.
    public let stableLine: Int

    /// `b2.s3`: block 2, step 3 (1-based), for messages and keys.
    public var id: String { "b\(block + 1).s\(step + 1)" }

    /// The names it reads, each at the version it sees (`digits@2` after one `relabel`).
    public var reads: [VersionedName] { resolved.reads }

    /// The names it writes: its binding and any in-place update, each at its new version.
    public var writes: [VersionedName] { resolved.writes }

    /// The canonical one-line form (see ``ResolvedDirective/canonicalForm``), a cache-key ingredient.
    public var canonicalForm: String { resolved.canonicalForm }

    /// Whether the checker found an error on it (it is skipped in a `--keep-going` run).
    public var hasErrors: Bool { resolved.hasErrors }

    /// The verb.
    public var verb: String { resolved.verb }
}
