import LabCore

/// `relabel DATA positive=VALUE [names="rest","positive"]`: one-vs-rest target.
enum RelabelDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("data").first else { throw inv.failure("relabel needs a dataset") }
        guard path.count == 1 else {
            throw inv.failure("relabel the whole dataset ('\(path[0])'), not one split", at: part)
        }
        var dataset = try ctx.dataset(path, in: inv, at: part)
        guard let positive = try inv.text("positive") else {
            throw inv.failure("relabel needs positive=VALUE (the class that becomes 1)")
        }
        let names = try inv.words("names")
        do {
            try dataset.relabel(positive: positive, names: names)
        } catch let error as DataError {
            throw inv.failure(error.description, at: inv.option("positive"))
        }
        ctx.session.update(path[0], dataset)
        let counts = (try? dataset.targetCodes()) ?? []
        let positives = counts.filter { $0 == 1 }.count
        return [.text("`\(path[0])` is now binary: \(dataset.classNames[1]) (\(positives) rows) against \(dataset.classNames[0]) (\(counts.count - positives) rows).")]
    }
}
