import Metrics
import Testing

/// Parity with scikit-learn 1.9.1 on every case in `../shared/golden/metrics/` (any file
/// of that schema dropped into the folder is tested too).
@Suite struct GoldenParityTests {
    @Test func goldenFolderHoldsCases() {
        #expect(!GoldenCase.fileNames().isEmpty, "no golden cases under \(GoldenCase.folder.path)")
    }

    @Test(arguments: GoldenCase.fileNames())
    func matchesScikitLearn(file: String) throws {
        let golden = try GoldenCase(file: file)
        let comparison = GoldenComparison(file: file)
        switch golden.kind {
        case "binary": try ClassificationParity(golden, comparison).runBinary()
        case "multiclass": try ClassificationParity(golden, comparison).runMulticlass()
        case "regression": RegressionParity(golden, comparison).run()
        default: comparison.fail("kind", "unknown kind \(golden.kind)")
        }
        comparison.compareWarnings(golden.expectedWarnings)
        for issue in comparison.issues { Issue.record(Comment(rawValue: issue)) }
        #expect(comparison.checkedValues >= golden.outputs.members.count, "checked \(comparison.checkedValues) values")
    }
}

/// Regression outputs: mse, rmse, mae, r2, r2_force_finite_false.
struct RegressionParity {
    let golden: GoldenCase
    let comparison: GoldenComparison

    init(_ golden: GoldenCase, _ comparison: GoldenComparison) {
        self.golden = golden
        self.comparison = comparison
    }

    func run() {
        let yTrue = (golden.inputs["y_true"]?.elements ?? []).map { $0.double ?? .nan }
        let yPred = (golden.inputs["y_pred"]?.elements ?? []).map { $0.double ?? .nan }
        let c = comparison, out = golden.outputs
        for (key, expected) in out.members {
            c.check(key, expected) {
                switch key {
                case "mse": c.close(key, try meanSquaredError(yTrue: yTrue, yPred: yPred), expected)
                case "rmse": c.close(key, try rootMeanSquaredError(yTrue: yTrue, yPred: yPred), expected)
                case "mae": c.close(key, try meanAbsoluteError(yTrue: yTrue, yPred: yPred), expected)
                case "r2", "r2_force_finite_false":
                    let result = try r2Score(yTrue: yTrue, yPred: yPred, forceFinite: key == "r2")
                    c.warned(key, result.warnings)
                    c.close(key, result.value, expected)
                default: c.fail(key, "output not handled by the parity test")
                }
            }
        }
    }
}
