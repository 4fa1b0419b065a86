/// Option names people bring from scikit-learn (or from habit) and the name
/// labbook uses instead, for "did you mean" hints.
public enum ScikitLearnNames {
    /// Written name → (labbook's name, why).
    public static let hints: [String: (name: String, note: String)] = [
        "test_size": ("test", "scikit-learn's test_size is test= here"),
        "train_size": ("test", "give the test share with test=; the rest is the training set"),
        "validation_size": ("validation", "scikit-learn's validation share is validation= here"),
        "random_state": ("seed", "scikit-learn's random_state is seed= here"),
        "n_trees": ("n_estimators", "scikit-learn calls the number of trees n_estimators"),
        "trees": ("n_estimators", "scikit-learn calls the number of trees n_estimators"),
        "k": ("n_neighbors", "scikit-learn calls the number of neighbours n_neighbors"),
        "depth": ("max_depth", "scikit-learn's name is max_depth"),
        "stratified": ("stratify", "written bare, or stratify=true"),
    ]

    /// The hint for `written` when its labbook name is one of `valid`.
    public static func hint(for written: String, valid: [String]) -> String? {
        guard let entry = hints[written], valid.contains(entry.name) else { return nil }
        return "did you mean '\(entry.name)'? (\(entry.note))"
    }
}
