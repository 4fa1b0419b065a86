import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Plot

/// A parsed SVG document: every element with its attributes and text, in order.
struct SVGInspector {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        /// Class names of the element.
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
        /// Whether the element has every class in the space-separated list `c`.
        func hasClass(_ c: String) -> Bool { c.split(separator: " ").allSatisfy { classes.contains(String($0)) } }
        func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }
    }

    let elements: [Element]
    let root: Element

    /// Parses `svg`; returns nil when it is not well-formed XML.
    init?(_ svg: String) {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse(), let first = delegate.done.first(where: { $0.name == "svg" }) else { return nil }
        elements = delegate.done
        root = first
    }

    /// Elements having every class of the space-separated list `c`.
    func withClass(_ c: String, name: String? = nil) -> [Element] {
        elements.filter { $0.hasClass(c) && (name == nil || $0.name == name) }
    }

    /// Elements named `name`.
    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Text of `<text>` elements with class `c`, in document order.
    func texts(_ c: String) -> [String] { withClass(c, name: "text").map(\.text) }

    /// Every number written in a geometric attribute or path, for finiteness checks.
    var coordinateStrings: [String] {
        let keys = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "d", "transform", "viewBox", "font-size"]
        var out: [String] = []
        for e in elements {
            for key in keys {
                guard let value = e.attributes[key] else { continue }
                out += value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "(" || $0 == ")" || $0.isLetter })
                    .map(String.init).filter { !$0.isEmpty }
            }
        }
        return out
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var open: [Int] = []
        var done: [Element] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            done.append(Element(name: elementName, attributes: attributeDict, text: ""))
            open.append(done.count - 1)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let i = open.last { done[i].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = open.popLast()
        }
    }
}

/// Points of an SVG path made of M/L commands with absolute coordinates.
func pathPoints(_ d: String) -> [(Double, Double)] {
    let numbers = d.split(whereSeparator: { $0 == "M" || $0 == "L" || $0 == " " }).compactMap { Double($0) }
    return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
}

/// Sample figures of every kind, from ordinary data.
enum Samples {
    static let rocTree = Series(label: "tree (AUC = 0.91)", x: [0, 0, 0.1, 1], y: [0, 0.6, 0.9, 1])
    static let rocForest = Series(label: "forest (AUC = 0.99)", x: [0, 0, 0.02, 0.05, 1], y: [0, 0.8, 0.95, 1, 1])

    static func all() -> [(String, Figure)] {
        [
            ("roc", Chart.roc([rocTree, rocForest], title: "ROC curve")),
            ("pr", Chart.precisionRecall([Series(label: "tree (AP = 0.80)", x: [1, 0.5, 0], y: [0.5, 1, 1])],
                                         prevalence: 0.1, title: "PR curve")),
            ("thresholds", Chart.thresholds(thresholds: [0.2, 0.5, 0.8], precision: [0.3, 0.6, 0.9, 1],
                                            recall: [1, 0.8, 0.4, 0], title: "Thresholds", marker: 0.4)),
            ("confusion", Chart.confusion([[405, 0], [11, 34]], labels: ["Not 9", "9"], normalized: false, title: "Confusion")),
            ("bars", Chart.bars(labels: ["Negative(not 9)", "Positive(9)"], counts: [1617, 180], title: "Classes",
                                xLabel: "Class", yLabel: "Count")),
            ("image", Chart.image(pixels: (0..<64).map { Double($0 % 17) }, width: 8, height: 8, title: "Digit 0")),
            ("grid", Chart.imageGrid([(pixels: [Double](repeating: 1, count: 64), label: "a"), (pixels: (0..<64).map(Double.init), label: "b")],
                                     width: 8, height: 8, columns: 2, title: "Grid")),
            ("history", Chart.history([Series(label: "train", y: [0.42, 0.26, 0.13]), Series(label: "validation", y: [0.36, 0.40, 0.53])],
                                      xLabel: "Epoch", yLabel: "Loss", title: "Loss")),
            ("line", Chart.line([Series(label: "acc", x: [1, 2, 3, 4], y: [0.8, 0.85, 0.9, 0.91])], xLabel: "depth", yLabel: "accuracy", title: "Line")),
            ("scatter", Chart.scatter([Series(label: "a", x: [0, 1, 2], y: [2, 1, 0]), Series(label: "b", x: [3, 4], y: [3, 4])],
                                      xLabel: "x", yLabel: "y", title: "Scatter")),
        ]
    }
}
