/// Bit-exact conversions between 16-bit float formats and `Float`.
///
/// Written by hand rather than with `Float16` so that they behave the same on
/// every platform Swift supports.
enum HalfPrecision {
    /// Converts IEEE binary16 bits to `Float` exactly (subnormals, infinities and NaN included).
    static func float(fromHalf bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = Int(bits >> 10) & 0x1F
        let mantissa = UInt32(bits & 0x03FF)
        if exponent == 0x1F {
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        }
        if exponent == 0 {
            // Zero or subnormal: mantissa × 2^-24.
            let magnitude = Float(mantissa) * Float(sign: .plus, exponent: -24, significand: 1)
            return sign == 0 ? magnitude : -magnitude
        }
        return Float(bitPattern: sign | (UInt32(exponent + 112) << 23) | (mantissa << 13))
    }

    /// Converts `Float` to IEEE binary16 bits, rounding to nearest even.
    static func halfBits(from value: Float) -> UInt16 {
        let bits = value.bitPattern
        let sign = UInt16((bits >> 16) & 0x8000)
        if value.isNaN { return sign | 0x7E00 }
        let magnitude = abs(value)
        if magnitude >= 65520 { return sign | 0x7C00 }
        if magnitude < Float(sign: .plus, exponent: -14, significand: 1) {
            // Subnormal half: round magnitude / 2^-24 to an integer.
            let scaled = (magnitude * Float(sign: .plus, exponent: 24, significand: 1)).rounded(.toNearestOrEven)
            return sign | UInt16(scaled)
        }
        let exponent = Int((bits >> 23) & 0xFF) - 127 + 15
        var mantissa = (bits & 0x007F_FFFF) >> 13
        let rest = bits & 0x1FFF
        var halfExponent = UInt32(exponent)
        if rest > 0x1000 || (rest == 0x1000 && (mantissa & 1) == 1) {
            mantissa += 1
            if mantissa == 0x400 { mantissa = 0; halfExponent += 1 }
        }
        return sign | UInt16(halfExponent << 10) | UInt16(mantissa)
    }

    /// Converts bfloat16 bits to `Float` exactly.
    static func float(fromBFloat bits: UInt16) -> Float {
        Float(bitPattern: UInt32(bits) << 16)
    }

    /// Converts `Float` to bfloat16 bits, rounding to nearest even (NaN stays NaN).
    static func bfloatBits(from value: Float) -> UInt16 {
        if value.isNaN { return UInt16(value.bitPattern >> 16) | 0x0040 }
        let bits = value.bitPattern
        let roundingBias = 0x7FFF + ((bits >> 16) & 1)
        return UInt16((bits &+ roundingBias) >> 16)
    }
}
