extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (and, when
    /// `newlines` is true, `\n` and `\r`). Complexity: O(n) over UTF-8 bytes.
    func trimmingBlanks(newlines: Bool = false) -> String {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || (newlines && ($0 == 0x0A || $0 == 0x0D)) }
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !isBlank($0) }),
              let last = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
