import ArgumentParser
import Foundation

/// The `lab` command: runs Markdown lab notebooks.
@main
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Run Markdown lab notebooks: execute their ```lab blocks and write results and charts back.",
        discussion: """
            A notebook is a Markdown file with fenced ```lab blocks of directives
            (load, split, train, evaluate, plot, …). `lab run` executes them and writes
            each block's tables and charts into an output region after the block.

            Exit status: 0 success, 1 notebook error, 2 usage error.
            """,
        subcommands: [RunCommand.self, HtmlCommand.self, CheckCommand.self, GradeCommand.self, GradeSubmissionCommand.self, TokenizeCommand.self, EmbedCommand.self, DirectivesCommand.self]
    )

    /// Parses and runs, mapping usage errors to exit status 2 as documented.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // Usage errors: `lab: error: MESSAGE`, then how to get help; exit status 2.
            let message = self.message(for: error)
            Console.usageError(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message)
            Console.error("See 'lab --help' or 'lab SUBCOMMAND --help'.")
            Foundation.exit(2)
        }
    }
}
