import Foundation
import LabCore

/// `split DATA test=0.25|450 [validation=…] [stratify] [seed=0] [shuffle=false]`
/// (scikit-learn's `train_test_split`, see `Splitter`) or `split DATA indices="file.json"`
/// (`train_indices` / `validation_indices` / `test_indices`). Each part's row
/// indices go to the results as a `split` record.
enum SplitDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("data").first else { throw inv.failure("split needs a dataset") }
        guard path.count == 1 else { throw inv.failure("split a whole dataset, not '\(path.joined(separator: "."))'", at: part) }
        var dataset = try ctx.dataset(path, in: inv, at: part)
        var parts: [(name: String, indices: [Int])]
        if let file = try inv.text("indices") {
            for key in ["test", "validation", "seed", "shuffle", "stratify"] where inv.has(key) {
                throw inv.failure("\(key) does not apply with indices= (the index file fixes the split)",
                                  at: inv.option(key) ?? inv.option("indices"), hint: "remove \(key)")
            }
            ctx.note(.resolve(file))
            parts = try readIndices(file, rows: dataset.rowCount, inv: inv, ctx: ctx)
        } else {
            let test = try size("test", inv, rows: dataset.rowCount) ?? .fraction(0.25)
            let validation = try size("validation", inv, rows: dataset.rowCount)
            let seed = try inv.int("seed") ?? 0
            let shuffle = try inv.bool("shuffle") ?? true
            var classes: [Int]? = nil
            if try inv.bool("stratify") == true {
                do { classes = try dataset.targetCodes() } catch {
                    throw inv.failure("cannot stratify: '\(path[0])' has no class target", at: part)
                }
            }
            do {
                parts = try Splitter.split(n: dataset.rowCount, test: test, validation: validation,
                                           stratifyBy: classes, shuffle: shuffle, seed: seed)
            } catch let error as DataError {
                throw inv.failure(error.description, at: inv.option("test") ?? part)
            }
        }
        dataset.setSplits(parts)
        ctx.session.update(path[0], dataset)
        for (name, indices) in parts {
            ctx.records.append(ResultRecord(line: inv.line, directive: "split", model: nil, data: "\(path[0]).\(name)",
                                            metric: "", fields: [("indices", .numbers(indices.map(Double.init)))]))
        }
        return [.table(ShowDirective.splitTable(dataset))]
    }

    /// A part's size as scikit-learn reads it: a float strictly between 0 and 1 is a
    /// fraction, a whole number (written without a point or exponent) a row count;
    /// a float of 1 or more (`1.0`, `2e3`) is refused, as `train_test_split` refuses it.
    private static func size(_ key: String, _ inv: Invocation, rows: Int) throws -> SplitSize? {
        guard let part = inv.option(key) else { return nil }
        guard let x = part.value.asDouble, x > 0, x.isFinite else {
            throw inv.failure("\(key) must be a fraction between 0 and 1 or a row count, got \(part.value)", at: part)
        }
        if x < 1 { return .fraction(x) }
        guard x == x.rounded() else {
            throw inv.failure("\(key) must be a fraction between 0 and 1 or a whole row count, got \(part.value)", at: part)
        }
        if case let .number(_, literal) = part.value, literal.contains(where: { ".eE".contains($0) }) {
            throw inv.failure("\(key)=\(literal) is a float, so it must be a fraction strictly between 0 and 1; write a whole number for a row count",
                              at: part)
        }
        guard x <= Double(rows) else {
            throw inv.failure("\(key)=\(part.value) asks for more rows than the dataset has (\(rows))", at: part)
        }
        return .count(Int(x))
    }

    private static func readIndices(_ file: String, rows: Int, inv: Invocation, ctx: ExecutionContext) throws -> [(name: String, indices: [Int])] {
        let part = inv.option("indices")
        let url: URL
        do { url = try ctx.locator.resolve(path: file) } catch let error as DataError {
            throw inv.failure(error.description, at: part)
        }
        let data: Data
        do { data = try ctx.locator.confinement.readData(url) } catch {
            throw inv.failure("\(error)", at: part)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw inv.failure("'\(file)' is not a JSON object", at: part)
        }
        var parts: [(name: String, indices: [Int])] = []
        for name in DatasetLoader.splitNames {
            guard let raw = object["\(name)_indices"] else { continue }
            guard let list = raw as? [Any] else {
                throw inv.failure("'\(name)_indices' in '\(file)' must be a list of row numbers", at: part)
            }
            let indices = try list.map { element -> Int in
                guard let n = element as? NSNumber, let i = Int(exactly: n.doubleValue), (0..<rows).contains(i) else {
                    throw inv.failure("'\(name)_indices' in '\(file)' holds \(element), not a row number below \(rows)", at: part)
                }
                return i
            }
            parts.append((name, indices))
        }
        guard parts.contains(where: { $0.name == "train" }), parts.contains(where: { $0.name == "test" }) else {
            throw inv.failure("'\(file)' needs train_indices and test_indices", at: part)
        }
        return parts
    }
}
