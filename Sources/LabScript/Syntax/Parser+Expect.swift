extension LineParser {
    /// `expect METRIC '(' NAME (',' NAME)* 'on' DATA ')' OP VALUE option*`.
    mutating func parseExpect(verb: Located<String>) throws -> Directive {
        let example = "write e.g. expect accuracy(tree on digits.test) >= 0.85"
        let call = try parseMetricCall(after: "after 'expect'", example: example)
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
            metric: call.metric, models: call.models, data: call.data,
            op: locate(op, opToken), threshold: locate(threshold, thresholdToken))
        return Directive(verb: verb, options: options, expectation: expectation, line: line, length: length)
    }
}

extension LineParser {
    /// What `METRIC '(' NAME (',' NAME)* 'on' DATA ')'` names, with the closing parenthesis.
    struct MetricCall {
        var metric: Located<String>
        var models: [Located<String>]
        var data: Located<[String]>
        var close: Token
    }

    /// `METRIC '(' NAME (',' NAME)* 'on' DATA ')'`, the claim shared by `expect` and inline values.
    /// - Parameters:
    ///   - place: where the metric name was expected, for the first error ("after 'expect'").
    ///   - example: the hint every error of the call carries.
    mutating func parseMetricCall(after place: String, example: String) throws -> MetricCall {
        guard let metricToken = current, let metric = metricToken.word, !Token.keywords.contains(metric) else {
            throw failure("expected a metric name \(place)", at: current, hint: example)
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
        return MetricCall(metric: locate(metric, metricToken), models: models, data: locate(data, dataToken), close: close)
    }
}
