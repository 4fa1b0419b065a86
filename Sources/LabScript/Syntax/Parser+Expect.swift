extension LineParser {
    /// `expect METRIC '(' NAME (',' NAME)* 'on' DATA ')' OP VALUE option*`.
    mutating func parseExpect(verb: Located<String>) throws -> Directive {
        let example = "write e.g. expect accuracy(tree on digits.test) >= 0.85"
        guard let metricToken = current, let metric = metricToken.word, !Token.keywords.contains(metric) else {
            throw failure("expected a metric name after 'expect'", at: current, hint: example)
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
        guard current?.kind == .rightParen else {
            throw failure("expected ')' to close '\(metric)('", at: current, hint: example)
        }
        index += 1
        guard let opToken = current, case let .comparison(op) = opToken.kind else {
            throw failure("expected a comparison (>=, >, <=, <, ==) after ')'", at: current, hint: example)
        }
        index += 1
        guard let thresholdToken = current, let threshold = thresholdToken.value,
            threshold.asDouble != nil || threshold.asParameter != nil
        else {
            throw failure("expected a number after '\(op.rawValue)'", at: current, hint: example)
        }
        index += 1
        var options: [DirectiveOption] = []
        while let token = current {
            guard token.word != nil, isOptionStart else {
                throw failure(
                    "unexpected '\(token.spelling)' after the expectation", at: token,
                    hint: "only options such as points=2 may follow the threshold")
            }
            options.append(try parseOption())
        }
        let expectation = Expectation(
            metric: locate(metric, metricToken), models: models, data: locate(data, dataToken),
            op: locate(op, opToken), threshold: locate(threshold, thresholdToken))
        return Directive(verb: verb, options: options, expectation: expectation, line: line, length: length)
    }
}
