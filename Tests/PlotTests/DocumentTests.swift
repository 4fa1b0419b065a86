import Testing
import Plot

@Test func everyKindHasSizeViewBoxAndScreenReaderText() throws {
    for (name, figure) in Samples.all() {
        let svg = try #require(SVGInspector(figure.svg), "\(name)")
        let root = svg.root
        let width = try #require(root.attributes["width"]), height = try #require(root.attributes["height"])
        #expect(root.attributes["viewBox"] == "0 0 \(width) \(height)", "\(name)")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["font-family"] == "DejaVu Sans, Helvetica, Arial, sans-serif")
        let ids = try #require(root.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(ids.count == 2)
        #expect(svg.named("title").first?.attributes["id"] == ids.first)
        #expect(svg.named("desc").first?.attributes["id"] == ids.last)
        #expect(svg.named("desc").first?.text == figure.altText)
        #expect(figure.altText.hasSuffix("."), "\(name): \(figure.altText)")
    }
}

@Test func textIsReadableAtFullSize() throws {
    for (name, figure) in Samples.all() {
        let svg = try #require(SVGInspector(figure.svg))
        let sizes = svg.named("text").compactMap { $0.number("font-size") }
        #expect(!sizes.isEmpty)
        #expect(sizes.allSatisfy { $0 >= 11 }, "\(name): \(sizes.min() ?? 0)")
    }
}

@Test func coordinatesHaveAtMostTwoDecimals() throws {
    for (name, figure) in Samples.all() {
        let svg = try #require(SVGInspector(figure.svg))
        for number in svg.coordinateStrings {
            let decimals = number.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(decimals <= 2, "\(name): \(number)")
        }
    }
}

@Test func renderingIsByteIdenticalOnRepeat() {
    let first = Samples.all().map(\.1.svg)
    let second = Samples.all().map(\.1.svg)
    #expect(first == second)
}

@Test func differentFiguresGetDifferentElementIds() throws {
    let a = try #require(SVGInspector(Chart.roc([Samples.rocTree], title: "ROC").svg))
    let b = try #require(SVGInspector(Chart.roc([Samples.rocForest], title: "ROC").svg))
    let idA = try #require(a.named("title").first?.attributes["id"])
    let idB = try #require(b.named("title").first?.attributes["id"])
    #expect(idA != idB)
    #expect(a.named("clipPath").first?.attributes["id"]?.hasPrefix(String(idA.dropLast("-title".count))) == true)
}

@Test func tenThousandPointRocStaysSmall() throws {
    var state: UInt64 = 7
    var fpr = [0.0], tpr = [0.0]
    for _ in 0..<10_000 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        if state >> 63 == 0 { fpr.append(fpr.last! + 1.0 / 5_000) } else { fpr.append(fpr.last!) }
        tpr.append(min(1, tpr.last! + (fpr.last! == fpr[fpr.count - 2] ? 1.0 / 5_000 : 0)))
    }
    let figure = Chart.roc([Series(label: "model (AUC = 0.50)", x: fpr, y: tpr)], title: "Large ROC")
    #expect(figure.svg.utf8.count < 60_000, "\(figure.svg.utf8.count) bytes")
    let svg = try #require(SVGInspector(figure.svg))
    let points = pathPoints(try #require(svg.withClass("series").first?.attributes["d"]))
    #expect(points.count > 10)
}
