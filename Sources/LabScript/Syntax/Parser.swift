/// Parses the lines of lab blocks into directives.
///
/// One directive per line; blank and comment-only lines are skipped. A line
/// with a lexical or syntax error yields one diagnostic and no directive;
/// parsing goes on with the next line so that several errors are reported.
public enum Parser {
    /// Parses `lines` (from the notebook `file`) into directives and diagnostics.
    ///
    /// Diagnostics are in line order; warnings (e.g. spaces around `=`) come
    /// with a directive, errors without one.
    public static func parse(_ lines: [SourceLine], file: String) -> (directives: [Directive], diagnostics: [Diagnostic]) {
        var directives: [Directive] = []
        var diagnostics: [Diagnostic] = []
        for line in lines {
            let origin = SourceLocation(file: file, line: line.line, column: line.column)
            switch Lexer.tokenize(line.text) {
            case let .failure(error):
                diagnostics.append(.error(
                    error.message, at: origin.advanced(by: error.offset), length: error.length,
                    in: line, hint: error.hint))
            case let .success(tokens):
                guard !tokens.isEmpty else { continue }
                var parser = LineParser(tokens: tokens, line: line, origin: origin)
                do {
                    directives.append(try parser.parseDirective())
                } catch let failure as LineParser.Failure {
                    diagnostics.append(failure.diagnostic)
                } catch {
                    diagnostics.append(.error("\(error)", at: origin, in: line))
                }
                diagnostics += parser.warnings
            }
        }
        return (directives, diagnostics)
    }

    /// Parses a block of text whose first line is `firstLine` (convenience for tools and tests).
    public static func parse(_ text: String, file: String, firstLine: Int = 1) -> (directives: [Directive], diagnostics: [Diagnostic]) {
        parse(SourceLine.lines(of: text, firstLine: firstLine), file: file)
    }
}

/// Recursive-descent parser over the tokens of one line.
struct LineParser {
    /// Thrown to abandon the line with its first error.
    struct Failure: Error { let diagnostic: Diagnostic }

    let tokens: [Token]
    let line: SourceLine
    let origin: SourceLocation
    var index = 0
    var warnings: [Diagnostic] = []

    init(tokens: [Token], line: SourceLine, origin: SourceLocation) {
        self.tokens = tokens
        self.line = line
        self.origin = origin
    }

    var current: Token? { index < tokens.count ? tokens[index] : nil }

    func peek(_ distance: Int) -> Token? {
        index + distance < tokens.count ? tokens[index + distance] : nil
    }

    /// `token` with its location.
    func locate<T>(_ value: T, _ token: Token) -> Located<T> {
        Located(value, at: origin.advanced(by: token.offset), length: token.length)
    }

    /// A located value spanning from `first` to `last` token.
    func locate<T>(_ value: T, from first: Token, to last: Token) -> Located<T> {
        Located(value, at: origin.advanced(by: first.offset), length: last.end - first.offset)
    }

    /// The failure for an error under `token`, or one column past the last token when nil.
    func failure(_ message: String, at token: Token?, hint: String? = nil) -> Failure {
        if let token {
            return Failure(diagnostic: .error(
                message, at: origin.advanced(by: token.offset), length: token.length, in: line, hint: hint))
        }
        let end = (tokens.last?.end ?? 0) + 1
        return Failure(diagnostic: .error(message, at: origin.advanced(by: end), in: line, hint: hint))
    }

    /// `VERB element* (as NAME)?` or the `expect` form.
    mutating func parseDirective() throws -> Directive {
        guard let first = current, let verb = first.word, !Token.keywords.contains(verb) else {
            throw failure(
                "expected a directive name, found '\(tokens[0].spelling)'", at: tokens[0],
                hint: "each line starts with a directive such as load, train or evaluate")
        }
        index += 1
        if verb == "expect" { return try parseExpect(verb: locate(verb, first)) }
        return try parseElements(verb: locate(verb, first))
    }

    /// The directive's length from the verb to the last token.
    var length: Int { (tokens.last?.end ?? 0) - tokens[0].offset }
}
