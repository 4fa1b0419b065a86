import LabCore
import LabScript

/// The named values of one notebook run, in binding order.
struct Session {
    private(set) var values: [String: SessionValue] = [:]
    /// Notebook parameters in force (`$name` → value).
    var parameters: [String: Value] = [:]
    /// Values given outside the notebook (front matter, then `--param`), which beat `param` defaults.
    var overrides: [String: Value] = [:]

    /// Binds `value` to `name`, replacing any earlier value.
    mutating func bind(_ name: String, _ value: SessionValue) {
        values[name] = value
    }

    /// The value named `path` (`digits` or `digits.train`).
    func lookup(_ path: [String]) -> SessionValue? {
        guard let first = path.first, let value = values[first] else { return nil }
        guard path.count > 1 else { return value }
        guard case .dataset(var dataset) = value else { return nil }
        for part in path.dropFirst() {
            guard let split = dataset.split(named: part) else { return nil }
            dataset = split
        }
        return .dataset(dataset)
    }

    /// Names of models fitted on `dataset` or one of its splits, sorted.
    func models(trainedOn dataset: String) -> [String] {
        values.compactMap { name, value in
            guard let data = value.trainedOn, data == dataset || data.hasPrefix(dataset + ".") else { return nil }
            return name
        }.sorted()
    }

    /// Replaces the dataset bound to `name` (after `relabel`, `split`, `scale`).
    mutating func update(_ name: String, _ dataset: Dataset) {
        values[name] = .dataset(dataset)
    }
}
