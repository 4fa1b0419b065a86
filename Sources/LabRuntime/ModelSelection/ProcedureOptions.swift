import LabCore
import LabScript
import Models

/// A `crossval` / `search` line split at `on DATA`: the options written before
/// it configure the model (as in `train`), those after it the procedure.
struct ProcedureOptions {
    /// The model kind (`tree`, `forest`, …) and where it is written.
    var kind: ModelCatalog.Kind
    var kindPart: Invocation.Part
    /// The invocation with only the model's options (what `ModelOptions` reads).
    var model: Invocation
    /// The invocation with only the procedure's options and flags.
    var procedure: Invocation

    /// Splits `inv` and checks that every model option applies to the kind.
    init(_ inv: Invocation) throws {
        guard let kindPart = inv.slot("model kind"), let kindName = kindPart.value.asName else {
            throw inv.failure("\(inv.verb) needs a model kind, e.g. \(inv.verb) tree max_depth=3 on digits.train folds=5")
        }
        guard let kind = ModelCatalog.byName[kindName] else {
            throw inv.failure("unknown model '\(kindName)'", at: kindPart,
                              hint: TrainDirective.suggestionHint(kindName, ModelCatalog.kinds.map(\.name)))
        }
        guard let on = inv.slot("data") else {
            throw inv.failure("\(inv.verb) needs the data: add 'on DATA', e.g. on digits.train")
        }
        let before = { (p: Invocation.Part) in
            (p.location.line, p.location.column) < (on.location.line, on.location.column)
        }
        self.kind = kind
        self.kindPart = kindPart
        model = inv
        model.options = inv.options.filter { before($0.part) }
        model.flags = inv.flags.filter { ProcedureOptions.modelFlags.contains($0) }
        procedure = inv
        procedure.options = inv.options.filter { !before($0.part) }
        procedure.flags = inv.flags.subtracting(ProcedureOptions.modelFlags)
        let accepted = kind.options.map(\.name)
        for (key, part) in model.options where !accepted.contains(key) {
            throw inv.failure("option '\(key)' does not apply to \(kind.name)", at: part,
                              hint: "options before 'on' are the model's: \(kind.name) takes \(accepted.joined(separator: ", "))")
        }
        for (key, part) in procedure.options where !ProcedureOptions.procedureKeys.contains(key) {
            throw inv.failure("option '\(key)' does not apply to \(inv.verb) after 'on DATA'", at: part,
                              hint: "after 'on DATA' come \(ProcedureOptions.procedureKeys.joined(separator: ", ")); model options go before 'on'")
        }
    }

    /// Flags that belong to models (`train forest bootstrap …`).
    static let modelFlags: Set<String> = ["bootstrap", "probability", "fit_intercept"]

    /// Options of the procedure, written after `on DATA`.
    static let procedureKeys = ["folds", "seed", "metrics", "metric", "average", "pos_label", "labels", "zero_division"]

    /// The folds: `StratifiedKFold` with `stratify`, else `KFold`; shuffled with `seed=`.
    func folds(classes: [Int]?, rows: Int) throws -> (folds: [Fold], warning: String?) {
        let count = try procedure.int("folds") ?? 5
        var seed: UInt32?
        if let s = try procedure.int("seed") {
            guard let v = UInt32(exactly: s) else {
                throw procedure.failure("seed must be between 0 and 2**32 - 1, got \(s)", at: procedure.option("seed"))
            }
            seed = v
        }
        do {
            if procedure.flags.contains("stratify") {
                guard let classes else {
                    throw procedure.failure("stratify needs a class target")
                }
                return try CrossValidationFolds.stratifiedKFold(classes: classes, folds: count, seed: seed)
            }
            return (try CrossValidationFolds.kFold(rows: rows, folds: count, seed: seed), nil)
        } catch let error as ModelError {
            throw procedure.failure("\(error)", at: procedure.option("folds"))
        }
    }

    /// A description of the folds for captions: `5 folds, stratified, shuffled with seed 0`.
    func foldsDescription() throws -> String {
        var parts = ["\(try procedure.int("folds") ?? 5) folds"]
        if procedure.flags.contains("stratify") { parts.append("stratified") }
        if let s = try procedure.int("seed") { parts.append("shuffled with seed \(s)") }
        return parts.joined(separator: ", ")
    }
}
