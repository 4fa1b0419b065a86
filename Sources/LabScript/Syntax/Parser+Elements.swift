extension LineParser {
    /// Parses options, clauses, positional groups and the final `as NAME`.
    mutating func parseElements(verb: Located<String>) throws -> Directive {
        var groups: [Located<[Located<Value>]>] = []
        var clauses: [Clause] = []
        var options: [DirectiveOption] = []
        var binding: Located<String>? = nil
        while let token = current {
            if binding != nil {
                throw failure(
                    "unexpected '\(token.spelling)' after 'as \(binding?.value ?? "")'", at: token,
                    hint: "'as NAME' must come last on the line")
            }
            switch token.kind {
            case .word("as"):
                binding = try parseBinding()
            case let .word(keyword) where Token.keywords.contains(keyword):
                if let earlier = clauses.first(where: { $0.keyword.value == keyword }) {
                    throw failure(
                        "duplicate '\(keyword)' clause", at: token,
                        hint: "the first '\(keyword)' is at column \(earlier.keyword.location.column); list several values with commas")
                }
                index += 1
                let values = try parseValueList(after: "'\(keyword)'", anchor: token)
                clauses.append(Clause(keyword: locate(keyword, token), values: values))
            case .word where isOptionStart:
                options.append(try parseOption())
            case .equals:
                throw failure("unexpected '='", at: token, hint: "options are written key=value, e.g. seed=0")
            default:
                guard token.value != nil else {
                    throw failure("unexpected '\(token.spelling)'", at: token, hint: hintForStray(token))
                }
                groups.append(try parseValueList(after: nil, anchor: token))
            }
        }
        return Directive(
            verb: verb, groups: groups, clauses: clauses, options: options, binding: binding,
            line: line, length: length)
    }

    /// Whether the current word is followed by `=` (an option key).
    var isOptionStart: Bool {
        guard current?.word != nil, case .equals? = peek(1)?.kind else { return false }
        return true
    }

    /// `as NAME`.
    mutating func parseBinding() throws -> Located<String> {
        index += 1
        guard let token = current else {
            throw failure("expected a name after 'as'", at: nil, hint: "e.g. train tree on digits.train as tree")
        }
        switch token.kind {
        case let .word(name) where !Token.keywords.contains(name):
            index += 1
            return locate(name, token)
        case .dotted:
            throw failure("a bound name cannot contain '.'", at: token, hint: "use a plain name such as \(String(token.spelling.map { $0 == "." ? "_" : $0 }))")
        default:
            throw failure("expected a name after 'as', found '\(token.spelling)'", at: token)
        }
    }

    /// `KEY=valueList`; spaces around `=` are accepted with a warning.
    mutating func parseOption() throws -> DirectiveOption {
        let keyToken = tokens[index]
        let equals = tokens[index + 1]
        index += 2
        let key = keyToken.word ?? ""
        if equals.spaceBefore || current?.spaceBefore == true, current != nil {
            warnings.append(.warning(
                "spaces around '=' in option '\(key)'", at: origin.advanced(by: keyToken.offset),
                length: (current?.end ?? equals.end) - keyToken.offset, in: line,
                hint: "write \(key)=\(current?.spelling ?? "")"))
        }
        let values = try parseValueList(after: "'\(key)='", anchor: equals)
        return DirectiveOption(key: locate(key, keyToken), values: values.value)
    }

    /// `value (',' value)*`; `context` names what the list follows, for messages.
    mutating func parseValueList(after context: String?, anchor: Token) throws -> Located<[Located<Value>]> {
        guard let first = current, let firstValue = first.value, !isOptionStart else {
            if current == nil, anchor.kind == .equals {
                throw Failure(diagnostic: .error(
                    "expected a value after \(context ?? "'='")", at: origin.advanced(by: anchor.end), in: line))
            }
            throw failure(
                "expected a value after \(context ?? "'\(anchor.spelling)'")",
                at: current ?? nil, hint: current.map(hintForStray) ?? nil)
        }
        index += 1
        var values = [locate(firstValue, first)]
        var last = first
        while let comma = current, comma.kind == .comma {
            index += 1
            guard let next = current, let value = next.value, !isOptionStart else {
                throw failure(
                    "expected a value after ','", at: current ?? comma,
                    hint: current == nil ? "remove the trailing comma" : hintForStray(current ?? comma))
            }
            index += 1
            values.append(locate(value, next))
            last = next
        }
        return locate(values, from: first, to: last)
    }

    /// Advice for a token that cannot start an element.
    func hintForStray(_ token: Token) -> String? {
        switch token.kind {
        case let .word(word) where Token.keywords.contains(word):
            return "'\(word)' is a reserved word; quote it to use it as a value: \"\(word)\""
        case .word where isOptionStartAt(token):
            return "an option cannot follow a ',' directly"
        case .leftParen, .rightParen, .comparison:
            return "'(' ')' and comparisons only appear in expect, e.g. expect accuracy(tree on digits.test) >= 0.85"
        case .comma:
            return "remove the extra ','"
        default:
            return nil
        }
    }

    func isOptionStartAt(_ token: Token) -> Bool {
        guard let position = tokens.firstIndex(of: token), position + 1 < tokens.count else { return false }
        return tokens[position + 1].kind == .equals
    }
}
