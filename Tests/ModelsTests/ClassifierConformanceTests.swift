import LabCore
import Models
import Testing

/// Every dummy, tree, forest, neighbour and naive Bayes classifier passes the shared contract.
@Suite struct ClassifierConformanceTests {
    @Test(arguments: [2, 3])
    func decisionTreeConforms(classCount: Int) throws {
        try checkClassifier(DecisionTreeClassifier(), classCount: classCount, expectedKind: .probability)
        try checkClassifier(DecisionTreeClassifier(criterion: .entropy, maxDepth: 2, maxFeatures: .sqrt),
                            classCount: classCount)
    }

    @Test(arguments: [2, 3])
    func randomForestConforms(classCount: Int) throws {
        try checkClassifier(RandomForestClassifier(nEstimators: 10), classCount: classCount,
                            expectedKind: .probability)
    }

    @Test func kNeighborsConforms() throws {
        try checkClassifier(KNeighborsClassifier(), expectedKind: .probability)
        try checkClassifier(KNeighborsClassifier(nNeighbors: 3, weights: .distance), classCount: 2)
    }

    @Test func gaussianNBConforms() throws {
        try checkClassifier(GaussianNB(), expectedKind: .probability)
    }

    @Test func multinomialNBConforms() throws {
        let data = ConformanceData.blobs(nonNegative: true)
        try checkClassifier(MultinomialNB(), x: data.x, y: data.y, expectedKind: .probability)
    }

    @Test func dummyConforms() throws {
        for strategy: DummyClassifier.Strategy in [.mostFrequent, .prior, .constant(1)] {
            try checkClassifier(DummyClassifier(strategy: strategy), expectedKind: .probability, checksFeatures: false)
        }
        try checkClassifier(DummyClassifier(strategy: .stratified), rowIndependent: false, checksFeatures: false)
        try checkClassifier(DummyClassifier(strategy: .uniform), predictIsArgmax: false, rowIndependent: false,
                            checksFeatures: false)
    }
}
