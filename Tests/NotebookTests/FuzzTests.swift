import Foundation
import Testing
import Notebook

/// Documents assembled at random from tricky snippets: whenever one parses,
/// splicing must round-trip and be idempotent; parsing must never crash.
@Suite struct FuzzTests {
    /// SplitMix64, local to the test so it needs no other module.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let snippets: [String] = [
        "# Heading\n", "Prose with café and 📊.\n", "\n", "\n\n", "Setext\n---\n", "- item\n", "  continued\n",
        "```lab\nload digits as d\n```\n", "~~~lab x=1\nshow d\n~~~\n", "- ```lab\n  a\n  ```\n",
        "> ```lab\n> b\n> ```\n", "1. > ```lab\n   > c\n   > ```\n", "```lab\n```\n", "    ```lab\n    no\n",
        "````md\n```lab\ninner\n```\n````\n", "<!-- lab:output -->\n", "<!-- /lab:output -->\n",
        "<!-- lab:output -->\n\nold\n\n<!-- /lab:output -->\n", "  <!-- lab:output -->\n  x\n  <!-- /lab:output -->\n",
        "> <!-- lab:output -->\n> <!-- /lab:output -->\n", "`<!-- lab:output -->`\n", "<div>\n<!-- lab:output -->\n</div>\n",
        "\tTabbed\n", "-\t```lab\n\tt\n\t```\n", "| a | b |\n|---|---|\n", "---\n", "```python\nprint(1)\n```\n",
        "```lab\nunclosed\n", ">\n", "> lazy quote\n", "lazy continuation\n", "* star\n", "10) ten\n",
        "> - ```lab\n>   q\n>   ```\n", "<pre>\n<!-- lab:output -->\n</pre>\n", "<!--\nlab:output\n-->\n",
        "   ```lab\n   indented fence\n   ```\n", "```lab   \n\n\n```\n", "é\u{301} 👩‍🔬\n", "> > ```lab\n> > n\n> > ```\n",
        "  - nested\n", "    - deeper\n", ">\t```lab\n>\tt\n>\t```\n", "<!--lab:output-->\n", "***\n",
    ]

    @Test func randomDocumentsRoundTripWheneverTheyParse() throws {
        var random = SplitMix(state: 42)
        var parsedCount = 0
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<(1 + random.next(12)) { text += Self.snippets[random.next(Self.snippets.count)] }
            if random.next(4) == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            if random.next(5) == 0, text.hasSuffix("\n") { text.removeLast() }
            if random.next(10) == 0 { text = "\u{FEFF}" + text }
            guard let source = try? NotebookParser.parse(path: "f.md", bytes: Array(text.utf8)) else { continue }
            parsedCount += 1
            let bodies = Dictionary(uniqueKeysWithValues: source.blocks.map { ($0.index, "r\($0.index)\n\n| x |") })
            let once = Splicer.splice(source, bodies: bodies)
            let reparsed = try #require(try? NotebookParser.parse(path: "f.md", bytes: once), "\(text.debugDescription)")
            #expect(Splicer.strippingRegions(reparsed) == Splicer.strippingRegions(source), "\(text.debugDescription)")
            #expect(Splicer.splice(reparsed, bodies: bodies) == once, "\(text.debugDescription)")
            #expect(reparsed.blocks.count == source.blocks.count, "\(text.debugDescription)")
        }
        #expect(parsedCount > 100)
    }
}
