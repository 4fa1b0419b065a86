import ArgumentParser
import LabRuntime

/// `lab directives`: the language reference, from the same specs the checker uses.
struct DirectivesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directives",
        abstract: "List every directive with its usage and options (Markdown)."
    )

    func run() throws {
        print(DirectiveReference.markdown(), terminator: "")
    }
}
