import LabScript

/// Small helpers from the language module used by runtime messages.
enum LabScriptBridge {
    /// The closest candidate to `word`, if one is close enough.
    static func suggestion(_ word: String, _ candidates: [String]) -> String? {
        LabScript.suggestion(for: word, among: candidates)
    }
}
