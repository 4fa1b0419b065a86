extension Parser {
    /// The verb of the directive an inline value is checked and run as.
    public static let inlineValueVerb = "value"

    /// Parses the expression of an inline value in prose, `METRIC(MODEL[, MODEL…] on DATA) [options]`,
    /// written at `column` of `line`, into a `value` directive whose ``Directive/expectation``
    /// holds the metric call (its comparison is a placeholder `>= 0`, never evaluated).
    public static func parseInlineValue(
        _ expression: String, column: Int, in line: SourceLine, file: String
    ) -> (directive: Directive?, diagnostics: [Diagnostic]) {
        let origin = SourceLocation(file: file, line: line.line, column: column)
        switch Lexer.tokenize(expression) {
        case let .failure(error):
            return (nil, [.error(error.message, at: origin.advanced(by: error.offset), length: error.length, in: line, hint: error.hint)])
        case let .success(tokens):
            guard let first = tokens.first else {
                return (nil, [.error("empty inline value", at: origin, in: line, hint: "write e.g. `{lab} accuracy(tree on digits.test)`")])
            }
            var parser = LineParser(tokens: tokens, line: line, origin: origin)
            do {
                let verb = Located(inlineValueVerb, at: origin.advanced(by: first.offset), length: first.length)
                return (try parser.parseInlineValue(verb: verb), parser.warnings)
            } catch let failure as LineParser.Failure {
                return (nil, [failure.diagnostic])
            } catch {
                return (nil, [.error("\(error)", at: origin, in: line)])
            }
        }
    }
}

extension LineParser {
    /// `METRIC '(' NAME (',' NAME)* 'on' DATA ')' option*`, for an inline value.
    mutating func parseInlineValue(verb: Located<String>) throws -> Directive {
        let example = "write e.g. `{lab} accuracy(tree on digits.test):.1%`"
        let call = try parseMetricCall(after: "in the inline value", example: example)
        var options: [DirectiveOption] = []
        while let token = current {
            guard token.word != nil, isOptionStart else {
                throw failure("unexpected '\(token.spelling)' in the inline value", at: token,
                              hint: "only options such as average=macro may follow ')'; a format goes last, after ':'")
            }
            options.append(try parseOption())
        }
        let expectation = Expectation(
            metric: call.metric, models: call.models, data: call.data,
            op: locate(.greaterOrEqual, call.close), threshold: locate(.number(0, literal: "0"), call.close))
        return Directive(verb: verb, options: options, expectation: expectation, line: line, length: length)
    }
}
