import Metrics
import Testing

/// Invariants that must hold for any input, checked on seeded random problems.
@Suite struct PropertyTests {
    @Test(arguments: [1, 2, 3])
    func metricsAreInvariantToSampleOrder(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        let (yTrue, scores) = random.binaryProblem(count: 700)
        let yPred = scores.map { $0 > 0.5 ? 1 : 0 }
        let order = random.permutation(yTrue.count)
        let t2 = order.map { yTrue[$0] }, s2 = order.map { scores[$0] }, p2 = order.map { yPred[$0] }
        #expect(try accuracy(yTrue: yTrue, yPred: yPred) == accuracy(yTrue: t2, yPred: p2))
        #expect(try confusionMatrix(yTrue: yTrue, yPred: yPred) == confusionMatrix(yTrue: t2, yPred: p2))
        let f1a = try f1(yTrue: yTrue, yPred: yPred, labels: [0, 1], average: .macro).value
        let f1b = try f1(yTrue: t2, yPred: p2, labels: [0, 1], average: .macro).value
        #expect(f1a == f1b)
        #expect(try rocAUC(yTrue: yTrue, scores: scores, positiveLabel: 1).value
            == rocAUC(yTrue: t2, scores: s2, positiveLabel: 1).value)
        #expect(try averagePrecision(yTrue: yTrue, scores: scores, positiveLabel: 1).value
            == averagePrecision(yTrue: t2, scores: s2, positiveLabel: 1).value)
        let curveA = try rocCurve(yTrue: yTrue, scores: scores, positiveLabel: 1)
        let curveB = try rocCurve(yTrue: t2, scores: s2, positiveLabel: 1)
        #expect(curveA.thresholds == curveB.thresholds && curveA.truePositiveRate == curveB.truePositiveRate)
        // Sums change order, so these agree to rounding only.
        let lossA = try logLoss(yTrue: yTrue, probabilities: scores, positiveLabel: 1).value
        let lossB = try logLoss(yTrue: t2, probabilities: s2, positiveLabel: 1).value
        #expect(nearlyEqual(lossA, lossB))
        let r2A = try r2Score(yTrue: scores, yPred: yPred.map(Double.init)).value
        let r2B = try r2Score(yTrue: s2, yPred: p2.map(Double.init)).value
        #expect(nearlyEqual(r2A, r2B))
    }

    @Test(arguments: [4, 5, 6])
    func reversingScoresGivesOneMinusAUC(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        let (yTrue, scores) = random.binaryProblem(count: 500, decimals: 1)
        let auc = try rocAUC(yTrue: yTrue, scores: scores, positiveLabel: 1).value
        let reversed = try rocAUC(yTrue: yTrue, scores: scores.map { -$0 }, positiveLabel: 1).value
        #expect(abs(auc + reversed - 1) < 1e-12)
        #expect(auc > 0.5)
    }

    @Test(arguments: [7, 8, 9])
    func curvesAreMonotoneAndAPIsAtMostOne(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        let (yTrue, scores) = random.binaryProblem(count: 400, decimals: Double(seed % 3 + 1))
        for drop in [true, false] {
            let roc = try rocCurve(yTrue: yTrue, scores: scores, positiveLabel: 1, dropIntermediate: drop)
            #expect(roc.thresholds.first == .infinity)
            #expect(zip(roc.thresholds, roc.thresholds.dropFirst()).allSatisfy { $0 > $1 })
            #expect(zip(roc.falsePositiveRate, roc.falsePositiveRate.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(zip(roc.truePositiveRate, roc.truePositiveRate.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(roc.falsePositiveRate.first == 0 && roc.falsePositiveRate.last == 1 && roc.truePositiveRate.last == 1)
            let pr = try precisionRecallCurve(yTrue: yTrue, scores: scores, positiveLabel: 1, dropIntermediate: drop)
            #expect(pr.thresholds.count == pr.precision.count - 1 && pr.recall.count == pr.precision.count)
            #expect(zip(pr.thresholds, pr.thresholds.dropFirst()).allSatisfy { $0 < $1 })
            #expect(zip(pr.recall, pr.recall.dropFirst()).allSatisfy { $0 >= $1 })
            #expect(pr.precision.allSatisfy { (0 ... 1).contains($0) })
            #expect(pr.precision.last == 1 && pr.recall.last == 0)
        }
        let ap = try averagePrecision(yTrue: yTrue, scores: scores, positiveLabel: 1).value
        #expect(ap > 0 && ap <= 1)
    }

    @Test func perfectRankingHasAUCAndAPOfOne() throws {
        let yTrue = [0, 0, 1, 1, 0, 1]
        let scores = [0.1, 0.2, 0.9, 0.8, 0.3, 0.7]
        #expect(try rocAUC(yTrue: yTrue, scores: scores, positiveLabel: 1).value == 1)
        #expect(try averagePrecision(yTrue: yTrue, scores: scores, positiveLabel: 1).value == 1)
    }

    /// The radix-sorted ranking equals a straightforward comparison-sort reference,
    /// including -0.0 vs 0.0, negatives, subnormals, huge magnitudes and many ties.
    @Test(arguments: [300, 5000])
    func rankingMatchesComparisonSortReference(count: Int) throws {
        var random = TestRandom(seed: UInt64(count))
        let pool: [Double] = [0.0, -0.0, Double.leastNormalMagnitude / 8, -Double.leastNormalMagnitude / 8, 5e300, -5e300, 0.5, -0.5, 1, -1, 1e-20]
        var scores: [Double] = [], positive: [Bool] = []
        for _ in 0 ..< count {
            let pick = random.nextInt(below: 3)
            scores.append(pick == 0 ? pool[random.nextInt(below: pool.count)]
                : pick == 1 ? (random.nextDouble() - 0.5) * 1e6 : random.nextDouble())
            positive.append(random.nextDouble() < 0.4)
        }
        let ranking = try BinaryRanking(isPositive: positive, scores: scores)
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var thresholds: [Double] = [], tps: [Double] = [], fps: [Double] = []
        var tp = 0.0, fp = 0.0
        for (rank, index) in order.enumerated() {
            if positive[index] { tp += 1 } else { fp += 1 }
            if rank == order.count - 1 || scores[order[rank + 1]] != scores[index] {
                thresholds.append(scores[index]); tps.append(tp); fps.append(fp)
            }
        }
        #expect(ranking.thresholds == thresholds)
        #expect(ranking.truePositives == tps)
        #expect(ranking.falsePositives == fps)
    }
}
