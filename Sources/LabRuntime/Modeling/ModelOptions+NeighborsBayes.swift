import Models

extension ModelOptions {
    func knn() throws -> KNeighborsClassifier {
        let weights = try choice("weights", ["uniform": KNeighborsClassifier.Weights.uniform, "distance": .distance]) ?? .uniform
        return KNeighborsClassifier(nNeighbors: try int("n_neighbors") ?? 5, weights: weights)
    }

    func gaussianNB() throws -> GaussianNB {
        GaussianNB(varSmoothing: try double("var_smoothing") ?? 1e-9)
    }

    func multinomialNB() throws -> MultinomialNB {
        MultinomialNB(alpha: try double("alpha") ?? 1.0)
    }
}
