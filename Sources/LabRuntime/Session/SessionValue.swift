import LabCore
import Models

/// A value bound to a name in a notebook's session.
enum SessionValue {
    /// A dataset (with its splits).
    case dataset(Dataset)
    /// A fitted classifier and how it reads features.
    case classifier(TrainedClassifier)
    /// A fitted regressor.
    case regressor(TrainedRegressor)
    /// Predictions made by `predict`, usable by `evaluate` like a model.
    case predictions(PredictionSet)

    /// The data a model was fitted on, if this is a model.
    var trainedOn: String? {
        switch self {
        case .classifier(let m): return m.trainedOn
        case .regressor(let m): return m.trainedOn
        default: return nil
        }
    }

    /// How the features the model was trained on were scaled (`standard`), if at all.
    var featureScaling: String? {
        switch self {
        case .classifier(let m): return m.featureScaling
        case .regressor(let m): return m.featureScaling
        default: return nil
        }
    }

    /// What the value is, for messages ("a dataset", "a model").
    var kindDescription: String {
        switch self {
        case .dataset: return "a dataset"
        case .classifier, .regressor: return "a model"
        case .predictions: return "a set of predictions"
        }
    }
}

/// A classifier fitted by `train`, with the class names of its training data.
struct TrainedClassifier {
    /// The model kind as written (`tree`, `forest`, …).
    var kind: String
    /// The fitted model.
    var model: any FittedClassifier
    /// Class keys and display names, in class-code order.
    var classKeys: [String]
    var classNames: [String]
    /// Feature columns it was trained on (checked against the data it predicts).
    var featureCount: Int
    /// The data it was fitted on (`digits.train`).
    var trainedOn: String
    /// Per-epoch losses, for models trained in epochs.
    var history: TrainingHistory? = nil
    /// How its training features were scaled, if at all.
    var featureScaling: String? = nil
    /// The grid a `search` ranked, for models it refitted.
    var search: SearchSummary? = nil
}

/// A regressor fitted by `train`.
struct TrainedRegressor {
    var kind: String
    var model: any FittedRegressor
    var featureCount: Int
    var trainedOn: String
    var featureScaling: String? = nil
}

/// Labels and scores from `predict`, evaluable like a model on the same data.
struct PredictionSet {
    /// The data they were made for (`digits.test`).
    var data: String
    /// Truth, predicted labels and scores.
    var evaluation: Evaluation
}
