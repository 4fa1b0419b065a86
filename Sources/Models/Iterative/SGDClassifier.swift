import Foundation
import LabCore

/// Logistic regression fitted by stochastic gradient descent in epochs
/// (scikit-learn's `SGDClassifier(loss="log_loss", penalty="l2")` idea).
///
/// Each epoch visits the rows once in an order shuffled by our seeded PRNG and
/// takes one step per row on `loss(y, W·x + b) + (alpha/2)·‖W‖²`, with the
/// learning rate of scikit-learn's "optimal" schedule,
/// `eta_t = 1 / (alpha · (t0 + t))`. Two classes use the sigmoid, more the
/// softmax. Dense and sparse features are accepted. After each epoch the mean
/// log loss on the training rows (and on validation rows, if given) is recorded.
public struct SGDClassifier: IterativeClassifier {
    /// L2 penalty strength.
    public var alpha: Double
    /// Passes over the training rows.
    public var epochs: Int
    /// Seed of the per-epoch shuffles.
    public var seed: UInt64
    /// Called with 1 after each epoch; for progress display.
    public var onEpoch: (@Sendable (Int) -> Void)?

    public init(alpha: Double = 1e-4, epochs: Int = 20, seed: UInt64 = 0) {
        self.alpha = alpha
        self.epochs = epochs
        self.seed = seed
    }

    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedSGDClassifier {
        try fit(x, y, classCount: classCount, validation: nil).0
    }

    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int,
                    validation: (x: FeatureMatrix, y: [Int])?) throws -> (FittedSGDClassifier, TrainingHistory) {
        guard alpha > 0, alpha.isFinite else {
            throw ModelError.invalidHyperParameter(name: "alpha", value: "\(alpha)", expected: "a positive number")
        }
        guard epochs >= 1 else {
            throw ModelError.invalidHyperParameter(name: "epochs", value: "\(epochs)", expected: "at least 1")
        }
        guard x.rows == y.count else { throw ModelError.lengthMismatch(rows: x.rows, targets: y.count) }
        guard x.rows > 0 else { throw ModelError.emptyTrainingSet }
        guard classCount >= 2, y.allSatisfy({ (0..<classCount).contains($0) }) else {
            throw ModelError.invalidHyperParameter(name: "classCount", value: "\(classCount)", expected: "at least 2, covering every label")
        }
        if let validation, validation.x.columns != x.columns {
            throw ModelError.lengthMismatch(rows: validation.x.columns, targets: x.columns)
        }
        if let validation {
            guard validation.x.rows == validation.y.count else {
                throw ModelError.lengthMismatch(rows: validation.x.rows, targets: validation.y.count)
            }
            guard validation.y.allSatisfy({ (0..<classCount).contains($0) }) else {
                throw ModelError.invalidHyperParameter(
                    name: "validation labels", value: "\(validation.y.max() ?? 0)", expected: "class codes in 0..<\(classCount)")
            }
        }
        var model = FittedSGDClassifier(classCount: classCount, featureCount: x.columns)
        var rng = SeededGenerator(seed: seed)
        var order = Array(0..<x.rows)
        // scikit-learn's "optimal" schedule: t0 from a typical weight of 1/sqrt(sqrt(alpha)).
        let typical = (1 / alpha.squareRoot()).squareRoot()
        let eta0 = typical / max(1, 1 / (1 + exp(-typical)))
        let t0 = 1 / (eta0 * alpha)
        var t = 0.0
        var history = TrainingHistory()
        var gradient = [Double](repeating: 0, count: model.outputs)
        for epoch in 1...epochs {
            rng.shuffle(&order)
            for i in order {
                let eta = 1 / (alpha * (t0 + t))
                t += 1
                model.outputGradient(x, row: i, label: y[i], into: &gradient)
                model.step(x, row: i, gradient: gradient, eta: eta, alpha: alpha)
            }
            let trainLoss = model.meanLogLoss(x, y)
            let validationLoss = validation.map { model.meanLogLoss($0.x, $0.y) }
            let validationAccuracy = validation.map { v -> Double in
                let predicted = model.predict(v.x)
                return Double(zip(predicted, v.y).filter { $0 == $1 }.count) / Double(max(v.y.count, 1))
            }
            history.epochs.append(.init(epoch: epoch, trainingLoss: trainLoss, validationLoss: validationLoss,
                                        validationAccuracy: validationAccuracy))
            onEpoch?(1)
        }
        return (model, history)
    }
}
