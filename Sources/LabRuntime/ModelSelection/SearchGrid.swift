import LabScript
import Models

/// The grid of a `search` line: model options written as a list (`gini,entropy`)
/// or an integer range (`1..6`) are axes; the others are fixed. Candidates come
/// in `ParameterGrid` order (axes sorted by scikit-learn's parameter name).
struct SearchGrid {
    /// The axes as scikit-learn sorts them.
    var grid: ParameterGrid
    /// Per axis name, the values as written, for building options.
    var values: [String: [Value]]

    /// Reads the axes from the model's options.
    init(_ model: Invocation) throws {
        var axes: [ParameterGrid.Axis] = []
        var values: [String: [Value]] = [:]
        for (key, part) in model.options {
            let expanded: [Value]
            switch part.value {
            case let .range(low, high):
                guard low == low.rounded(), high == high.rounded(), high - low < 10_000 else {
                    throw model.failure("a grid range must run between whole numbers, got \(part.value)", at: part)
                }
                expanded = stride(from: low, through: high, by: 1).map { v in
                    .number(v, literal: Int(exactly: v).map(String.init) ?? "\(v)")
                }
            case let .list(items):
                expanded = items
            default:
                continue
            }
            axes.append(ParameterGrid.Axis(name: SearchGrid.scikitLearnName(key), values: expanded.map(\.description)))
            values[SearchGrid.scikitLearnName(key)] = expanded
        }
        guard !axes.isEmpty else {
            throw model.failure("search needs at least one grid axis: a list (criterion=gini,entropy) or a range (max_depth=1..6) before 'on'")
        }
        let most = model.limits.maxCandidates
        let count = axes.reduce(1) { product, axis in product > most ? product : product * Swift.max(axis.values.count, 1) }
        guard count <= most else {
            throw model.failure("a grid search may try at most \(most) candidates; these axes give more",
                                hint: "search fewer values, or narrow a range")
        }
        grid = ParameterGrid(axes)
        self.values = values
    }

    /// Our option name for a scikit-learn parameter name, and back.
    static func scikitLearnName(_ key: String) -> String { key == "seed" ? "random_state" : key }
    static func optionName(_ parameter: String) -> String { parameter == "random_state" ? "seed" : parameter }

    /// The model invocation for candidate `index`: the fixed options plus this candidate's values.
    func invocation(_ model: Invocation, candidate index: Int) -> Invocation {
        var inv = model
        let candidate = grid.candidates[index]
        inv.options = model.options.map { key, part in
            guard let chosen = candidate.first(where: { SearchGrid.optionName($0.name) == key }),
                  let value = values[chosen.name]?.first(where: { $0.description == chosen.value }) else {
                return (key, part)
            }
            var p = part
            p.value = value
            return (key, p)
        }
        return inv
    }
}
