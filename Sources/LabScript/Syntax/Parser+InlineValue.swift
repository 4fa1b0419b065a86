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
        guard let metricToken = current, let metric = metricToken.word, !Token.keywords.contains(metric) else {
            throw failure("expected a metric name in the inline value", at: current, hint: example)
        }
        index += 1
        guard current?.kind == .leftParen else {
            throw failure("expected '(' after the metric name '\(metric)'", at: current, hint: example)
        }
        let open = tokens[index]
        index += 1
        var models: [Located<String>] = []
        repeat {
            if !models.isEmpty { index += 1 }
            guard let token = current, let name = token.word, !Token.keywords.contains(name) else {
                throw failure("expected a model name inside '\(metric)(...)'", at: current ?? open, hint: example)
            }
            models.append(locate(name, token))
            index += 1
        } while current?.kind == .comma
        guard current?.word == "on" else {
            throw failure("expected 'on DATA' after the model names", at: current, hint: example)
        }
        index += 1
        guard let dataToken = current, let data = dataToken.value?.asPath else {
            throw failure("expected the data after 'on', e.g. digits.test", at: current, hint: example)
        }
        index += 1
        guard let close = current, close.kind == .rightParen else {
            throw failure("expected ')' to close '\(metric)('", at: current, hint: example)
        }
        index += 1
        var options: [DirectiveOption] = []
        while let token = current {
            guard token.word != nil, isOptionStart else {
                throw failure("unexpected '\(token.spelling)' in the inline value", at: token,
                              hint: "only options such as average=macro may follow ')'; a format goes last, after ':'")
            }
            options.append(try parseOption())
        }
        let expectation = Expectation(
            metric: locate(metric, metricToken), models: models, data: locate(data, dataToken),
            op: locate(.greaterOrEqual, close), threshold: locate(.number(0, literal: "0"), close))
        return Directive(verb: verb, options: options, expectation: expectation, line: line, length: length)
    }
}
