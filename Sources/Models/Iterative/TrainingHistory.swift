import LabCore

/// Per-epoch losses of an iteratively trained model (the data of a loss curve).
public struct TrainingHistory: Sendable, Equatable, Codable {
    /// One epoch's figures.
    public struct Epoch: Sendable, Equatable, Codable {
        /// 1-based epoch number.
        public var epoch: Int
        /// Mean loss on the training rows after the epoch.
        public var trainingLoss: Double
        /// Mean loss on the validation rows after the epoch, when validation data was given.
        public var validationLoss: Double?
        /// Share of validation rows classified correctly, when validation data was given.
        public var validationAccuracy: Double?

        public init(epoch: Int, trainingLoss: Double, validationLoss: Double?, validationAccuracy: Double?) {
            self.epoch = epoch
            self.trainingLoss = trainingLoss
            self.validationLoss = validationLoss
            self.validationAccuracy = validationAccuracy
        }
    }

    /// The epochs in order.
    public var epochs: [Epoch]

    public init(epochs: [Epoch] = []) {
        self.epochs = epochs
    }
}

/// A classifier trained in epochs, optionally watching a validation set.
public protocol IterativeClassifier: Classifier {
    /// Fits like `fit`, recording the training (and validation) loss after every epoch.
    func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int,
             validation: (x: FeatureMatrix, y: [Int])?) throws -> (Fitted, TrainingHistory)
}
