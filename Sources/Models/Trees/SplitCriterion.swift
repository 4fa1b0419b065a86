/// The impurity a classification tree minimises (scikit-learn's `criterion`).
public enum SplitCriterion: String, Equatable, Sendable {
    /// Gini impurity `1 - Σ p_k²` (`"gini"`, the default).
    case gini
    /// Shannon entropy `-Σ p_k log₂ p_k` (`"entropy"`).
    case entropy
    /// Same as `.entropy` (`"log_loss"`).
    case logLoss = "log_loss"
}
