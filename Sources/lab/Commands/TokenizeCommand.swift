import ArgumentParser
import Foundation
import LabRuntime
import LabScript

/// `lab tokenize --model M`: text lines in, JSON lines of WordPiece ids out.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Read text lines on standard input; write one JSON line of WordPiece ids per line.",
        discussion: "Example: echo 'Hello, world!' | lab tokenize --model minilm   →   {\"ids\":[101,7592,1010,2088,999,102]}"
    )

    @Option(help: "Model name (minilm) or a folder with tokenizer.json or vocab.txt.")
    var model = "minilm"

    @Option(name: .long, help: "Truncate to this many tokens (special tokens included).")
    var maxLength: Int?

    @Flag(help: "Also write the tokens and the attention mask.")
    var tokens = false

    func validate() throws {
        if let maxLength, !(2...WorkLimits.standard.maxTokens).contains(maxLength) {
            throw ValidationError("--max-length must be in 2...\(WorkLimits.standard.maxTokens), got \(maxLength)")
        }
    }

    func run() throws {
        let tool: TextTools
        do { tool = try TextTools(model: model) } catch { throw StandardError.fail(error) }
        let lines = StandardInput.lines()
        do {
            for line in try tool.tokenize(lines, maxLength: maxLength, withTokens: tokens) { print(line) }
        } catch {
            throw StandardError.fail(error)
        }
    }
}

/// `lab embed --model M --pooling cls|mean`: text lines in, JSON lines of vectors out.
struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Read text lines on standard input; write one JSON line with the sentence vector per line."
    )

    @Option(help: "Model name (minilm) or a model folder.")
    var model = "minilm"

    @Option(help: "cls ([CLS] vector of the last layer), mean, or mean_normalized.")
    var pooling = "cls"

    @Option(help: "Texts per forward pass.")
    var batch = 32

    func validate() throws {
        guard TextTools.poolingNames.contains(pooling) else {
            throw ValidationError("--pooling must be one of \(TextTools.poolingNames.joined(separator: ", ")), got '\(pooling)'")
        }
        guard (1...WorkLimits.standard.maxBatch).contains(batch) else {
            throw ValidationError("--batch must be in 1...\(WorkLimits.standard.maxBatch), got \(batch)")
        }
    }

    func run() throws {
        let tool: TextTools
        do { tool = try TextTools(model: model) } catch { throw StandardError.fail(error) }
        do {
            for line in try tool.embed(StandardInput.lines(), pooling: pooling, batch: batch) { print(line) }
        } catch {
            throw StandardError.fail(error)
        }
    }
}

/// Standard input as lines (without their line endings).
enum StandardInput {
    static func lines() -> [String] {
        var lines: [String] = []
        while let line = readLine(strippingNewline: true) { lines.append(line) }
        return lines
    }
}

/// Failure reporting for the utility commands.
enum StandardError {
    /// Prints `lab: error: …` to standard error and returns exit status 1.
    static func fail(_ error: Error) -> ExitCode {
        let text = "\(error)"
        if text.hasPrefix("lab: error: ") { Console.error(text) } else { Console.usageError(text) }
        return ExitCode(1)
    }
}
