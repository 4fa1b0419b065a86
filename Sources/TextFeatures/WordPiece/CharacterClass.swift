/// Character classification used by the BERT normalizer and pre-tokenizer.
///
/// Definitions follow Hugging Face `tokenizers` exactly (including its older Unicode
/// tables, see `UnicodeTables`): whitespace is Unicode `White_Space` plus tab/LF/CR,
/// punctuation is ASCII punctuation or Unicode `P*`, CJK ideographs are HF's block list.
enum CharacterClass {
    /// Binary search in a flattened list of inclusive `[lo, hi]` ranges sorted ascending.
    ///
    /// Complexity: O(log r) for r ranges.
    @inline(__always)
    static func contains(_ ranges: [UInt32], _ v: UInt32) -> Bool {
        var lo = 0
        var hi = ranges.count / 2
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if ranges[2 &* mid &+ 1] < v { lo = mid &+ 1 } else { hi = mid }
        }
        return lo < ranges.count / 2 && ranges[2 &* lo] <= v
    }

    /// `clean_text` deletes this scalar (NUL, U+FFFD, control / format / private-use).
    @inline(__always)
    static func isRemoved(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F }
        return contains(UnicodeTables.removed, v)
    }

    /// Unicode `White_Space` (Rust's `char::is_whitespace`), which includes tab, LF and CR.
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// ASCII punctuation (`!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`) or a Unicode punctuation scalar.
    @inline(__always)
    static func isPunctuation(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIIPunctuation(UInt8(truncatingIfNeeded: v)) }
        return contains(UnicodeTables.punctuation, v)
    }

    /// ASCII punctuation as Rust's `u8::is_ascii_punctuation` defines it.
    @inline(__always)
    static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 33 && b <= 47) || (b >= 58 && b <= 64) || (b >= 91 && b <= 96) || (b >= 123 && b <= 126)
    }

    /// Non-spacing mark (`Mn`) as dropped by `strip_accents`.
    @inline(__always)
    static func isNonspacingMark(_ v: UInt32) -> Bool {
        v >= 0x300 && contains(UnicodeTables.nonspacingMarks, v)
    }

    /// A CJK ideograph that `handle_chinese_chars` surrounds with spaces (HF's block list).
    @inline(__always)
    static func isChinese(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
             0x2B740...0x2B81F, 0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
