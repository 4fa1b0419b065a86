import LabCore

/// Linear support-vector classifier, scikit-learn's `LinearSVC` (liblinear).
///
/// Minimises `0.5·‖w‖² + C·Σᵢ ℓ(yᵢ·(w·xᵢ + b))` with the hinge loss
/// `ℓ(m) = max(0, 1 − m)` or the squared hinge `max(0, 1 − m)²`, by liblinear's
/// dual coordinate descent with shrinking (Hsieh et al. 2008) or, for the
/// squared hinge with more rows than columns (scikit-learn's `dual="auto"`
/// rule), in the primal by Newton–CG to liblinear's primal stopping rule
/// `‖∇f‖ ≤ tol·max(min(n₊, n₋), 1)/n · ‖∇f(0)‖`. As in liblinear
/// the intercept is a constant extra feature (`intercept_scaling = 1`) and is
/// therefore penalised. More than two classes are handled one-vs-rest.
///
/// Scores are decision values (`.decision`). With `probability: true`, a
/// Platt sigmoid per class is fitted to the training decision values (libsvm's
/// improved algorithm of Lin, Lin & Weng 2007; no internal cross-validation, so
/// the fit is deterministic) and scores become probabilities (rows normalised
/// to sum 1 for more than two classes).
///
/// Coordinates are visited in an order shuffled by `SeededGenerator(seed: seed)`,
/// so fits are reproducible.
public struct LinearSVM: Classifier {
    /// The per-sample loss.
    public enum Loss: String, Sendable {
        /// `max(0, 1 − m)` (sklearn `loss="hinge"`).
        case hinge
        /// `max(0, 1 − m)²` (sklearn `loss="squared_hinge"`, the default).
        case squaredHinge
    }

    /// Inverse regularisation strength (sklearn `C`); > 0.
    public var c: Double
    /// The loss (sklearn `loss`).
    public var loss: Loss
    /// Maximum passes over the data per binary problem (sklearn `max_iter`); ≥ 1.
    public var maxIter: Int
    /// Stopping tolerance on the projected-gradient spread (sklearn `tol`); > 0.
    public var tol: Double
    /// Whether to fit an intercept (sklearn `fit_intercept`).
    public var fitIntercept: Bool
    /// Whether scores are Platt-scaled probabilities instead of decision values.
    public var probability: Bool
    /// Seed of the coordinate order (sklearn `random_state`).
    public var seed: UInt64
    /// Solve the dual (`true`), the primal (`false`, squared hinge only), or
    /// choose like scikit-learn's `dual="auto"` (`nil`: primal when the loss is
    /// the squared hinge and rows outnumber columns).
    public var dual: Bool?

    /// Creates a configuration with scikit-learn's defaults.
    public init(c: Double = 1.0, loss: Loss = .squaredHinge, maxIter: Int = 1000, tol: Double = 1e-4,
                fitIntercept: Bool = true, probability: Bool = false, seed: UInt64 = 0, dual: Bool? = nil) {
        self.c = c
        self.loss = loss
        self.maxIter = maxIter
        self.tol = tol
        self.fitIntercept = fitIntercept
        self.probability = probability
        self.seed = seed
        self.dual = dual
    }

    /// Fits one binary problem per class (one for two classes, class 1 positive).
    /// - Throws: `ModelError` / `LinearModelError` for invalid hyper-parameters or data.
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedLinearSVM {
        try LinearValidation.positive(c, "c")
        try LinearValidation.atLeastOne(maxIter, "maxIter")
        try LinearValidation.positive(tol, "tol")
        if dual == false && loss == .hinge {
            throw ModelError.invalidHyperParameter(
                name: "dual", value: "false", expected: "true or nil with loss .hinge (liblinear has no primal hinge solver)")
        }
        try LinearValidation.checkFeatures(x, targets: y.count)
        try LinearValidation.checkLabels(y, classCount: classCount)
        let usePrimal = dual.map { !$0 } ?? (loss == .squaredHinge && x.rows > x.columns)

        let design = DesignMatrix(x: x)
        let norms = usePrimal ? [] : design.rowSquaredNorms()
        let positives = classCount == 2 ? [1] : Array(0..<classCount)
        let d = x.columns
        var coefficients = Matrix(rows: positives.count, columns: d)
        var intercepts = [Double](repeating: 0, count: positives.count)
        var unconverged = false
        for (row, positive) in positives.enumerated() {
            let signs = y.map { $0 == positive ? 1.0 : -1.0 }
            let solution: DualCoordinateDescent.Solution
            if usePrimal {
                solution = primalSolution(design: design, signs: signs)
            } else {
                var generator = SeededGenerator(seed: seed, stream: UInt64(row))
                solution = DualCoordinateDescent(
                    design: design, rowSquaredNorms: norms, signs: signs, c: c, loss: loss,
                    bias: fitIntercept ? 1 : 0, maxIterations: maxIter, tolerance: tol
                ).solve(using: &generator)
            }
            for j in 0..<d { coefficients[row, j] = solution.weights[j] }
            intercepts[row] = solution.intercept
            unconverged = unconverged || !solution.converged
        }
        var model = FittedLinearSVM(classCount: classCount, coefficients: coefficients, intercepts: intercepts,
                                    calibration: nil,
                                    warnings: unconverged ? [LinearSVM.convergenceWarning] : [])
        if probability {
            let decision = model.decisionFunction(x)
            model.calibration = (0..<positives.count).map { row in
                let values = (0..<x.rows).map { decision[$0, row] }
                let labels = y.map { $0 == positives[row] }
                return PlattScaling.fit(decisionValues: values, labels: labels)
            }
        }
        return model
    }

    /// One binary squared-hinge problem solved in the primal (Newton–CG).
    private func primalSolution(design: DesignMatrix, signs: [Double]) -> DualCoordinateDescent.Solution {
        let positives = signs.filter { $0 > 0 }.count
        let smaller = Double(max(min(positives, signs.count - positives), 1))
        let (w, converged) = SquaredHingeNewton(
            design: design, signs: signs, c: c, fitIntercept: fitIntercept, maxIterations: maxIter,
            tolerance: tol * smaller / Double(signs.count)).solve()
        let d = design.columns
        return DualCoordinateDescent.Solution(
            weights: Array(w[0..<d]), intercept: fitIntercept ? w[d] : 0, converged: converged)
    }

    /// scikit-learn's liblinear `ConvergenceWarning` message.
    static let convergenceWarning =
        "ConvergenceWarning: Liblinear failed to converge, increase the number of iterations."
}
