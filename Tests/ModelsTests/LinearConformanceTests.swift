import LabCore
import Models
import Testing

/// The linear classifiers pass the shared `Classifier` contract, dense and sparse.
@Suite struct LinearConformanceTests {
    @Test(arguments: [2, 3])
    func logisticRegressionConforms(classCount: Int) throws {
        try checkClassifier(LogisticRegression(), classCount: classCount, expectedKind: .probability)
        try checkClassifier(LogisticRegression(c: 0.01, fitIntercept: false), classCount: classCount)
    }

    @Test(arguments: [2, 3])
    func linearSVMConforms(classCount: Int) throws {
        try checkClassifier(LinearSVM(), classCount: classCount, expectedKind: .decision)
        try checkClassifier(LinearSVM(loss: .hinge), classCount: classCount, expectedKind: .decision)
        try checkClassifier(LinearSVM(dual: false), classCount: classCount)
        try checkClassifier(LinearSVM(probability: true), classCount: classCount, expectedKind: .probability)
    }

    @Test func linearModelsConformOnSparseInput() throws {
        let data = ConformanceData.blobs(nonNegative: true)
        guard case .dense(let m) = data.x else { return }
        let sparse = FeatureMatrix.sparse(LinearTestData.sparse(m))
        try checkClassifier(LogisticRegression(), x: sparse, y: data.y, expectedKind: .probability)
        try checkClassifier(LinearSVM(), x: sparse, y: data.y, expectedKind: .decision)
    }
}
