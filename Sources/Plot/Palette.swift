import Foundation

/// Colours: the Okabe–Ito colour-blind-safe palette for series, and the
/// matplotlib colour maps the charts reproduce (`Blues`, `gray_r`).
enum Palette {
    /// Okabe–Ito, ordered for contrast on white (yellow last: weakest on white).
    static let series = ["#0072B2", "#D55E00", "#009E73", "#CC79A7",
                         "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    /// Colour of series `index`, cycling through ``series``.
    static func color(_ index: Int) -> String { series[index % series.count] }

    /// Reference lines (chance level, baselines, threshold markers).
    static let guide = "#555555"
    /// Axis lines, ticks and text.
    static let ink = "#222222"
    /// Grid lines.
    static let grid = "#E3E3E3"

    /// matplotlib's `Blues` anchors (ColorBrewer, 9 classes), light to dark.
    static let blues: [(Double, Double, Double)] = [
        (247, 251, 255), (222, 235, 247), (198, 219, 239), (158, 202, 225),
        (107, 174, 214), (66, 146, 198), (33, 113, 181), (8, 81, 156), (8, 48, 107),
    ]

    /// `Blues` at `t` ∈ [0, 1] (clamped), linearly interpolated between anchors.
    static func blues(_ t: Double) -> (Double, Double, Double) {
        let u = t.isFinite ? Swift.min(1, Swift.max(0, t)) : 0
        let position = u * Double(blues.count - 1)
        let i = Swift.min(blues.count - 2, Int(position))
        let f = position - Double(i)
        let a = blues[i], b = blues[i + 1]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    /// `gray_r` at `t` ∈ [0, 1]: 0 is white, 1 is black.
    static func grayReversed(_ t: Double) -> (Double, Double, Double) {
        let u = t.isFinite ? Swift.min(1, Swift.max(0, t)) : 0
        let v = 255 * (1 - u)
        return (v, v, v)
    }

    /// `#RRGGBB` for 0…255 channels (rounded, clamped).
    static func hex(_ rgb: (Double, Double, Double)) -> String {
        let digits = Array("0123456789ABCDEF")
        var text = "#"
        for channel in [rgb.0, rgb.1, rgb.2] {
            let c = Int(Swift.min(255, Swift.max(0, channel.rounded())))
            text.append(digits[c / 16])
            text.append(digits[c % 16])
        }
        return text
    }

    /// WCAG relative luminance of a 0…255 colour, 0 (black) … 1 (white).
    static func luminance(_ rgb: (Double, Double, Double)) -> Double {
        func linear(_ c: Double) -> Double {
            let s = c / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
    }

    /// Black or white, whichever contrasts more with `rgb`.
    static func textColor(on rgb: (Double, Double, Double)) -> String {
        let l = luminance(rgb)
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#FFFFFF"
    }
}
