import Foundation

/// The classic datasets shipped with labbook (see `Resources/datasets/NOTICE.md`).
public enum BuiltinDatasets {
    /// Names `load` accepts without a path.
    public static let names = ["breast_cancer", "diabetes", "digits", "iris", "wine"]

    /// Display names of the classes, where scikit-learn gives them.
    static let classNames: [String: [String]] = [
        "breast_cancer": ["malignant", "benign"],
        "iris": ["setosa", "versicolor", "virginica"],
        "wine": ["class_0", "class_1", "class_2"],
    ]

    /// Loads the built-in dataset `name`, bound as `bindAs`.
    /// - Throws: `DataError` when `name` is not built in or its resource is missing.
    public static func load(_ name: String, as bindAs: String) throws -> Dataset {
        guard names.contains(name) else {
            throw DataError("'\(name)' is not a built-in dataset (built in: \(names.joined(separator: ", ")))")
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "datasets"),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError("the built-in dataset '\(name)' is missing from this installation")
        }
        let table = try CSVReader.read(Array(data), file: "\(name).csv")
        return Dataset(name: bindAs, table: table, targetColumn: "target",
                       classNames: classNames[name], imageShape: name == "digits" ? [8, 8] : nil)
    }
}
