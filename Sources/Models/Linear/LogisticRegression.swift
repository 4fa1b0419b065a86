import LabCore

/// L2-penalised logistic regression, scikit-learn's `LogisticRegression` with
/// its default `lbfgs` solver.
///
/// Minimises `0.5·‖W‖² + C·Σᵢ loss(yᵢ, W·xᵢ + b)` (scaled by `1/(C·n)` as
/// scikit-learn does): a sigmoid model for two classes, a multinomial (softmax)
/// model with one coefficient row per class for more. The intercept is not
/// penalised. Solved by L-BFGS (memory 10) with a strong-Wolfe line search,
/// stopping when the gradient's max-abs is `≤ tol` — scikit-learn's criterion.
/// When `maxIter` is reached first, the fitted model carries scikit-learn's
/// `ConvergenceWarning` text in `warnings`.
///
/// Accepts dense and sparse (CSR) features; the cost per iteration is a few
/// passes over the stored values.
public struct LogisticRegression: Classifier {
    /// Inverse regularisation strength (sklearn `C`); > 0.
    public var c: Double
    /// Maximum L-BFGS iterations (sklearn `max_iter`); ≥ 1.
    public var maxIter: Int
    /// Gradient max-abs tolerance (sklearn `tol`); > 0.
    public var tol: Double
    /// Whether to fit an (unpenalised) intercept (sklearn `fit_intercept`).
    public var fitIntercept: Bool

    /// Creates a configuration with scikit-learn's defaults.
    public init(c: Double = 1.0, maxIter: Int = 100, tol: Double = 1e-4, fitIntercept: Bool = true) {
        self.c = c
        self.maxIter = maxIter
        self.tol = tol
        self.fitIntercept = fitIntercept
    }

    /// Fits the model; see the type's documentation for the objective.
    /// - Throws: `ModelError` / `LinearModelError` for invalid hyper-parameters or data.
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedLogisticRegression {
        try LinearValidation.positive(c, "c")
        try LinearValidation.atLeastOne(maxIter, "maxIter")
        try LinearValidation.positive(tol, "tol")
        try LinearValidation.checkFeatures(x, targets: y.count)
        try LinearValidation.checkLabels(y, classCount: classCount)

        let k = classCount == 2 ? 1 : classCount
        let d = x.columns
        let loss = LogisticLoss(design: DesignMatrix(x: x), labels: y, classes: k, c: c, fitIntercept: fitIntercept)
        let solver = LBFGS(maxIterations: maxIter, gradientTolerance: tol)
        let result = solver.minimize(from: [Double](repeating: 0, count: loss.parameterCount), loss.evaluate)

        var intercepts = fitIntercept ? Array(result.x[(k * d)...]) : [Double](repeating: 0, count: k)
        if k > 1 && fitIntercept {
            // Softmax is invariant to a shared shift; report centred intercepts like scikit-learn.
            let mean = intercepts.reduce(0, +) / Double(k)
            intercepts = intercepts.map { $0 - mean }
        }
        var warnings: [String] = []
        switch result.status {
        case .iterationLimit:
            warnings.append(LogisticRegression.convergenceWarning(
                iterations: result.iterations, maxIter: maxIter,
                status: "status=1):\nSTOP: TOTAL NO. OF ITERATIONS REACHED LIMIT"))
        case .lineSearchFailed:
            warnings.append(LogisticRegression.convergenceWarning(
                iterations: result.iterations, maxIter: maxIter,
                status: "status=2):\nABNORMAL: LINE SEARCH FAILED TO FIND A WOLFE POINT"))
        case .gradientConverged, .functionConverged:
            break
        }
        return FittedLogisticRegression(
            classCount: classCount,
            coefficients: Matrix(rows: k, columns: d, values: Array(result.x[0..<(k * d)])),
            intercepts: intercepts, iterations: result.iterations, warnings: warnings)
    }

    /// scikit-learn's `ConvergenceWarning` message for the lbfgs solver.
    static func convergenceWarning(iterations: Int, maxIter: Int, status: String) -> String {
        "ConvergenceWarning: lbfgs failed to converge after \(iterations) iteration(s) (\(status)\n\n"
            + "Increase the number of iterations to improve the convergence (max_iter=\(maxIter)).\n"
            + "You might also want to scale the data as shown in:\n"
            + "    https://scikit-learn.org/stable/modules/preprocessing.html\n"
            + "Please also refer to the documentation for alternative solver options:\n"
            + "    https://scikit-learn.org/stable/modules/linear_model.html#logistic-regression"
    }
}
