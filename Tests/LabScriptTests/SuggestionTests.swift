import LabScript
import Testing

@Test(arguments: [
    ("trian", ["train", "predict", "plot"], "train"),
    ("tre", ["tree", "forest"], "tree"),
    ("max_dept", ["max_depth", "seed"], "max_depth"),
    ("Train", ["train"], "train"),
    ("rok", ["roc", "pr"], "roc"),
    ("stratfy", ["stratify"], "stratify"),
])
func suggestsTheClosestCandidate(word: String, candidates: [String], expected: String) {
    #expect(suggestion(for: word, among: candidates) == expected)
}

@Test(arguments: [
    ("xyz", ["train", "plot"]),
    ("ab", ["cd"]),
    ("tr", ["tree"]),          // short words allow only one edit
    ("evaluation", ["load"]),
    ("train", ["train"]),      // an exact match needs no suggestion
    ("x", []),
])
func suggestsNothingWhenNothingIsClose(word: String, candidates: [String]) {
    #expect(suggestion(for: word, among: candidates) == nil)
}

@Test func tiesGoToTheAlphabeticallyFirstCandidate() {
    #expect(suggestion(for: "cat", among: ["cut", "bat"]) == "bat")
    #expect(suggestion(for: "cat", among: ["bat", "cut"]) == "bat")
}

@Test(arguments: [("", "abc", 3), ("abc", "abc", 0), ("ab", "ba", 1), ("kitten", "sitting", 3), ("ca", "abc", 3)])
func editDistanceCountsTranspositionsAsOneEdit(a: String, b: String, distance: Int) {
    #expect(editDistance(a, b) == distance)
}
