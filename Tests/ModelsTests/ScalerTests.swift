import Foundation
import LabCore
import Models
import Testing

@Test func scalerStandardisesTrainingColumnsToZeroMeanUnitVariance() throws {
    let data = try LinearTestData.classification("breast_cancer")
    let scaler = try StandardScaler().fit(.dense(data.xTrain))
    let z = try scaler.transform(.dense(data.xTrain)).denseMatrix()
    for j in 0..<z.columns {
        let column = z.column(j)
        let mean = column.reduce(0, +) / Double(column.count)
        let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)
        #expect(abs(mean) < 1e-12)
        #expect(abs(variance - 1) < 1e-12)
    }
}

@Test func scalerUsesPopulationStandardDeviation() throws {
    let scaler = try StandardScaler().fit(.dense(Matrix(rowArrays: [[1], [2], [3], [4]])))
    #expect(scaler.mean == [2.5])
    #expect(scaler.variance == [1.25])
    #expect(scaler.scale == [(1.25 as Double).squareRoot()])
    #expect(scaler.sampleCount == 4)
}

@Test func scalerGivesConstantColumnsScaleOne() throws {
    // Digits' first pixel is always 0; a constant 0.1 column must also keep scale 1
    // even though its computed variance is a rounding residue.
    let x = Matrix(rowArrays: (0..<30).map { [0, 0.1, Double($0)] })
    let scaler = try StandardScaler().fit(.dense(x))
    #expect(scaler.scale[0] == 1 && scaler.scale[1] == 1)
    let z = try scaler.transform(.dense(x)).denseMatrix()
    #expect(z.column(0).allSatisfy { $0 == 0 })
    #expect(z.column(1).allSatisfy { abs($0) < 1e-15 })
}

@Test func scalerTransformsTestDataWithTrainingStatistics() throws {
    let scaler = try StandardScaler().fit(.dense(Matrix(rowArrays: [[0, 10], [2, 30]])))
    let z = try scaler.transform(.dense(Matrix(rowArrays: [[4, 20]]))).denseMatrix()
    #expect(z.values == [3, 0])
    let back = try scaler.inverseTransform(z)
    #expect(back.values == [4, 20])
}

@Test func scalerScalesSparseInputWithoutCentring() throws {
    let dense = Matrix(rowArrays: [[0, 1], [2, 0], [4, 3], [0, 0]])
    let sparse = FeatureMatrix.sparse(LinearTestData.sparse(dense))
    let fromSparse = try StandardScaler(withMean: false).fit(sparse)
    let fromDense = try StandardScaler(withMean: false).fit(.dense(dense))
    for (a, b) in zip(fromSparse.scale, fromDense.scale) { #expect(abs(a - b) < 1e-15) }
    let z = try fromSparse.transform(sparse)
    guard case .sparse(let m) = z else { Issue.record("sparse input must stay sparse"); return }
    #expect(m.values.count == 4)
    let expected = try fromDense.transform(.dense(dense)).denseMatrix()
    #expect(zip(m.dense().values, expected.values).allSatisfy { abs($0 - $1) < 1e-15 })
}

@Test func scalerRefusesToCentreSparseInputAndMismatchedColumns() throws {
    let sparse = FeatureMatrix.sparse(LinearTestData.sparse(Matrix(rowArrays: [[0, 1], [2, 0]])))
    do {
        _ = try StandardScaler().fit(sparse)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "cannot centre sparse features (it would make them dense); use withMean: false")
    }
    let scaler = try StandardScaler().fit(.dense(Matrix(rowArrays: [[0, 1], [2, 0]])))
    do {
        _ = try scaler.transform(.dense(Matrix(rowArrays: [[1, 2, 3]])))
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "the model was fitted on 2 features but the input has 3")
    }
}
