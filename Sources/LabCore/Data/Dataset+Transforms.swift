extension Dataset {
    /// Makes the target one-vs-rest: 1 where it equals `positive`, else 0, in
    /// this dataset and every split (scikit-learn's `y == positive`).
    /// - Parameters:
    ///   - positive: the target value that becomes class 1, as its text.
    ///   - names: display names of class 0 and class 1; default `not POSITIVE`, `POSITIVE`.
    /// - Throws: `DataError` when there is no target or `positive` never occurs.
    public mutating func relabel(positive: String, names: [String]?) throws {
        guard let target = targetColumn, let column = table.column(named: target) else {
            throw DataError("dataset '\(name)' has no target column to relabel")
        }
        guard classKeys.contains(positive) else {
            let known = classKeys.prefix(12).joined(separator: ", ")
            throw DataError("the target of '\(name)' never equals \(positive); its values are \(known)")
        }
        if let names, names.count != 2 {
            throw DataError("names= needs exactly two names (the rest, then the positive class), got \(names.count)")
        }
        let binary = (0..<table.rowCount).map { column.values.text(at: $0) == positive ? 1.0 : 0.0 }
        let positiveName = classNames[classKeys.firstIndex(of: positive) ?? 0]
        table.setColumn(Column(name: target, values: .numbers(binary)))
        classKeys = ["0", "1"]
        classNames = names ?? ["not \(positiveName)", positiveName]
        for k in splits.indices { try splits[k].dataset.relabel(positive: positive, names: classNames) }
    }

    /// Sets the display names of the classes (in class-code order) here and in every split.
    public mutating func renameClasses(_ names: [String]) {
        guard names.count == classKeys.count else { return }
        classNames = names
        for k in splits.indices { splits[k].dataset.renameClasses(names) }
    }

    /// Renames the dataset and its splits (`scaled`, `scaled.train`, …).
    public mutating func rename(_ newName: String) {
        name = newName
        for k in splits.indices { splits[k].dataset.name = "\(newName).\(splits[k].name)" }
    }

    /// Replaces this dataset's splits.
    public mutating func setSplits(_ parts: [(name: String, indices: [Int])]) {
        splits = parts.map { ($0.name, subset($0.indices, name: "\(name).\($0.name)")) }
        isConcatenationOfSplits = false
    }

    /// Replaces the feature columns with `transform` applied to each row set:
    /// the whole dataset and every split (e.g. standardisation fitted on `.train`).
    public mutating func mapFeatures(_ transform: (Matrix) -> Matrix) {
        let mapped = transform(featureMatrix())
        for (j, name) in featureNames.enumerated() {
            table.setColumn(Column(name: name, values: .numbers(mapped.column(j))))
        }
        for k in splits.indices { splits[k].dataset.mapFeatures(transform) }
    }
}
