/// Approximate text widths for layout, calibrated on DejaVu Sans (the widest
/// font of our font stack, so Helvetica and Arial fit too).
enum TextMetrics {
    /// Estimated advance width of `text` in pixels at `size` px.
    ///
    /// Per-character widths in em: digits 0.64, lowercase ≈ 0.6, uppercase ≈ 0.7,
    /// narrow punctuation ≈ 0.3, non-ASCII 1.0 (CJK and symbols); bold adds 8 %.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars { em += advance(scalar) }
        return em * size * (bold ? 1.08 : 1.0)
    }

    /// `text` shortened with a trailing "…" so that it fits in `maxWidth` pixels.
    static func fit(_ text: String, size: Double, maxWidth: Double, bold: Bool = false) -> String {
        if width(text, size: size, bold: bold) <= maxWidth { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters) + "…"
            if width(candidate, size: size, bold: bold) <= maxWidth { return candidate }
        }
        return "…"
    }

    private static func advance(_ s: Unicode.Scalar) -> Double {
        switch s {
        case "0"..."9": return 0.64
        case " ", ".", ",", ":", ";": return 0.32
        case "i", "l", "j", "I", "|", "!", "'": return 0.28
        case "f", "t", "r": return 0.4
        case "(", ")", "[", "]", "{", "}": return 0.39
        case "-": return 0.36
        case "m", "w": return 0.92
        case "M", "W": return 0.96
        case "=", "+", "<", ">", "~", "#", "%", "&", "@": return 0.84
        case "A"..."Z": return 0.72
        case "a"..."z": return 0.6
        default: return s.isASCII ? 0.6 : 1.0
        }
    }
}
