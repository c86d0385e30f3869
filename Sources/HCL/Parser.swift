// albdoctor reads Terraform itself: no HCL parser exists for Swift (HashiCorp's is Go, and no
// Swift package implements HCL2's native syntax), so this is a hand-written recursive-descent
// parser of that syntax, keeping the file, line and column of every node for findings.

/// Parses HCL native syntax: a file into a ``Body``, or text into an ``Expression``.
public enum HCLParser {
    /// A whole file: attributes and blocks.
    public static func parseBody(_ text: String, file: String) throws(HCLError) -> Body {
        var lexer = Lexer(text, file: file)
        var parser = Parser(tokens: try lexer.tokenize(), nesting: 0)
        return try parser.body(closed: false, at: Position(file: file, line: 1, column: 1))
    }

    /// One expression filling the whole text (a `--var` value, a JSON document).
    public static func parseExpression(_ text: String, file: String) throws(HCLError) -> Expression {
        var lexer = Lexer(text, file: file)
        var parser = Parser(tokens: try lexer.tokenize(), nesting: 1)
        let expression = try parser.expression()
        try parser.expectEnd()
        return expression
    }
}

/// The recursive descent over one token list. Line breaks end attributes; inside brackets,
/// braces and parentheses (`nesting` > 0) they are only space.
struct Parser {
    private var tokens: [Token]
    private var index = 0
    private var nesting: Int
    /// How deep the expression being read is: parentheses, brackets, braces, conditionals,
    /// unary operators, nested splats and templates each go one deeper.
    private var depth: Int

    /// How deep an expression may be. Reading, evaluating and freeing one recurses as deep, on
    /// threads whose stack is small; real configurations stay under ten.
    static let maximumDepth = 64
    /// How many binary operators may follow one another (`a + b + …`), for the same reason.
    static let maximumChain = 256

    init(tokens: [Token], nesting: Int, depth: Int = 0) {
        self.tokens = tokens
        self.nesting = nesting
        self.depth = depth
    }

    /// Reads one level deeper, or refuses an input nested past `maximumDepth`.
    private mutating func deeper<T>(_ body: (inout Parser) throws(HCLError) -> T) throws(HCLError) -> T {
        guard depth < Self.maximumDepth else { throw failure(.expressionNestedAtMost(depth: Self.maximumDepth), at: peek()) }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    // MARK: tokens

    /// The next token, past line breaks when they are only space.
    mutating func peek() -> Token {
        if nesting > 0 { skipNewlines() }
        return tokens[min(index, tokens.count - 1)]
    }

    /// The token after the next, line breaks skipped as by `peek`.
    private mutating func peekSecond() -> Token {
        _ = peek()
        var cursor = index + 1
        while nesting > 0, cursor < tokens.count, case .newline = tokens[cursor].kind { cursor += 1 }
        return tokens[min(cursor, tokens.count - 1)]
    }

    private mutating func skipNewlines() {
        while index < tokens.count, case .newline = tokens[index].kind { index += 1 }
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek()
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func failure(_ expected: HCLExpected, at token: Token) -> HCLError {
        HCLError(position: token.position, expected: expected, found: token.display)
    }

    private mutating func expect(_ symbol: String, _ what: HCLExpected) throws(HCLError) {
        let token = peek()
        guard token.isSymbol(symbol) else { throw failure(what, at: token) }
        advance()
    }

    mutating func expectEnd() throws(HCLError) {
        let token = peek()
        guard case .end = token.kind else { throw failure(.endOfExpression, at: token) }
    }

    private mutating func nested<T>(_ body: (inout Parser) throws(HCLError) -> T) throws(HCLError) -> T {
        nesting += 1
        defer { nesting -= 1 }
        return try deeper(body)
    }

    // MARK: bodies

    /// Attributes and blocks up to the end of the input, or (closed) up to a `}`.
    mutating func body(closed: Bool, at position: Position) throws(HCLError) -> Body {
        var result = Body(position: position)
        while true {
            skipNewlines()
            let token = peek()
            if closed && token.isSymbol("}") {
                advance()
                return result
            }
            if case .end = token.kind {
                if closed { throw failure(.closeBlock, at: token) }
                return result
            }
            guard let name = token.identifier else { throw failure(.attributeNameOrBlockType, at: token) }
            advance()
            let next = peek()
            if next.isSymbol("=") {
                advance()
                let value = try expression()
                result.attributes.append(Attribute(name: name, value: value, position: token.position))
            } else {
                var labels: [String] = []
                while true {
                    let label = peek()
                    if let identifier = label.identifier {
                        labels.append(identifier)
                    } else if case .template(let pieces) = label.kind, let text = Self.literalText(pieces) {
                        labels.append(text)
                    } else {
                        break
                    }
                    advance()
                }
                let open = peek()
                guard open.isSymbol("{") else {
                    throw failure(labels.isEmpty ? .equalsLabelOrBrace(after: name) : .labelOrBrace, at: open)
                }
                advance()
                let inner = try body(closed: true, at: open.position)
                result.blocks.append(Block(type: name, labels: labels, body: inner, position: token.position))
            }
            let end = peek()
            switch end.kind {
            case .newline, .end: break
            case .symbol("}") where closed: break
            default: throw failure(result.attributes.last?.name == name ? .lineBreakAfterAttribute(name: name) : .lineBreakAfterBlock(type: name), at: end)
            }
        }
    }

    /// The text of a template that is only literal text.
    private static func literalText(_ pieces: [TemplatePiece]) -> String? {
        var text = ""
        for piece in pieces {
            guard case .literal(let part, _) = piece else { return nil }
            text += part
        }
        return text
    }

    // MARK: expressions

    mutating func expression() throws(HCLError) -> Expression {
        let condition = try binary(1)
        guard peek().isSymbol("?") else { return condition }
        advance()
        let then = try nested { (parser: inout Parser) throws(HCLError) in try parser.expression() }
        try expect(":", .conditionalColon)
        let otherwise = try deeper { (parser: inout Parser) throws(HCLError) in try parser.expression() }
        return Expression(.conditional(condition, then: then, else: otherwise), at: condition.position)
    }

    private mutating func binaryOperator() -> BinaryOperator? {
        guard case .symbol(let symbol) = peek().kind else { return nil }
        return BinaryOperator(rawValue: symbol)
    }

    private mutating func binary(_ minimum: Int) throws(HCLError) -> Expression {
        var left = try unary()
        var chain = 0
        while let op = binaryOperator(), op.precedence >= minimum {
            chain += 1
            guard chain <= Self.maximumChain else { throw failure(.operatorsInARow(count: Self.maximumChain), at: peek()) }
            advance()
            let right = try binary(op.precedence + 1)
            left = Expression(.binary(op, left, right), at: left.position)
        }
        return left
    }

    private mutating func unary() throws(HCLError) -> Expression {
        let token = peek()
        if token.isSymbol("!") || token.isSymbol("-") {
            advance()
            let operand = try deeper { (parser: inout Parser) throws(HCLError) in try parser.unary() }
            return Expression(.unary(token.isSymbol("!") ? .not : .negate, operand), at: token.position)
        }
        return try postfix(try primary())
    }

    private mutating func primary() throws(HCLError) -> Expression {
        let token = peek()
        switch token.kind {
        case .number(let value, _):
            advance()
            return Expression(.number(value), at: token.position)
        case .template(let pieces):
            advance()
            return Expression(.template(try deeper { (parser: inout Parser) throws(HCLError) in try Self.template(pieces, depth: parser.depth) }), at: token.position)
        case .identifier(let name):
            advance()
            switch name {
            case "true": return Expression(.bool(true), at: token.position)
            case "false": return Expression(.bool(false), at: token.position)
            case "null": return Expression(.null, at: token.position)
            default: break
            }
            if index < tokens.count, tokens[index].isSymbol("(") { return try call(name, at: token.position) }
            return Expression(.variable(name), at: token.position)
        case .symbol("("):
            advance()
            return try nested { (parser: inout Parser) throws(HCLError) in
                let inner = try parser.expression()
                try parser.expect(")", .closeParenthesis)
                return Expression(.parenthesized(inner), at: token.position)
            }
        case .symbol("["):
            advance()
            return try nested { (parser: inout Parser) throws(HCLError) in try parser.tuple(at: token.position) }
        case .symbol("{"):
            advance()
            return try nested { (parser: inout Parser) throws(HCLError) in try parser.object(at: token.position) }
        default:
            throw failure(.expression, at: token)
        }
    }

    private mutating func call(_ name: String, at position: Position) throws(HCLError) -> Expression {
        advance()
        return try nested { (parser: inout Parser) throws(HCLError) in
            var arguments: [Expression] = []
            var expands = false
            while !parser.peek().isSymbol(")") {
                arguments.append(try parser.expression())
                if parser.peek().isSymbol("...") {
                    parser.advance()
                    expands = true
                    break
                }
                guard parser.peek().isSymbol(",") else { break }
                parser.advance()
            }
            try parser.expect(")", .argumentSeparator(function: name))
            return Expression(.call(name, arguments, expandsLast: expands), at: position)
        }
    }

    private mutating func tuple(at position: Position) throws(HCLError) -> Expression {
        if peek().identifier == "for", peekSecond().identifier != nil { return try forExpression(object: false, at: position) }
        var items: [Expression] = []
        while !peek().isSymbol("]") {
            items.append(try expression())
            guard peek().isSymbol(",") else { break }
            advance()
        }
        try expect("]", .listSeparator)
        return Expression(.tuple(items), at: position)
    }

    private mutating func object(at position: Position) throws(HCLError) -> Expression {
        if peek().identifier == "for", peekSecond().identifier != nil { return try forExpression(object: true, at: position) }
        var items: [ObjectItem] = []
        while !peek().isSymbol("}") {
            let keyToken = peek()
            let key: Expression
            if let name = keyToken.identifier, peekSecond().isSymbol("=") || peekSecond().isSymbol(":") {
                advance()
                key = Expression(.template([.literal(name)]), at: keyToken.position)
            } else {
                key = try expression()
            }
            let separator = peek()
            guard separator.isSymbol("=") || separator.isSymbol(":") else { throw failure(.objectKeySeparator, at: separator) }
            advance()
            items.append(ObjectItem(key: key, value: try expression()))
            if peek().isSymbol(",") { advance() }
        }
        try expect("}", .closeObject)
        return Expression(.object(items), at: position)
    }

    private mutating func forExpression(object: Bool, at position: Position) throws(HCLError) -> Expression {
        advance()
        let (keyName, valueName) = try forVariables()
        let collection = try expression()
        try expect(":", .forCollectionColon)
        var key: Expression?
        if object {
            key = try expression()
            try expect("=>", .forArrow)
        }
        let value = try expression()
        var groups = false
        if object && peek().isSymbol("...") {
            advance()
            groups = true
        }
        var condition: Expression?
        if peek().identifier == "if" {
            advance()
            condition = try expression()
        }
        try expect(object ? "}" : "]", .closeForExpression(closer: object ? "}" : "]"))
        return Expression(.forExpression(ForExpression(
            keyName: keyName, valueName: valueName, collection: collection, key: key, value: value, groups: groups, condition: condition)), at: position)
    }

    /// `k, v in` or `v in`.
    mutating func forVariables() throws(HCLError) -> (String?, String) {
        let first = peek()
        guard let firstName = first.identifier else { throw failure(.forVariable, at: first) }
        advance()
        var keyName: String?
        var valueName = firstName
        if peek().isSymbol(",") {
            advance()
            let second = peek()
            guard let secondName = second.identifier else { throw failure(.forSecondVariable, at: second) }
            advance()
            keyName = firstName
            valueName = secondName
        }
        let keyword = peek()
        guard keyword.identifier == "in" else { throw failure(.forIn, at: keyword) }
        advance()
        return (keyName, valueName)
    }

    private mutating func postfix(_ base: Expression) throws(HCLError) -> Expression {
        var result = base
        while true {
            let token = peek()
            if token.isSymbol(".") {
                advance()
                let next = peek()
                switch next.kind {
                case .identifier(let name):
                    advance()
                    result = Expression(.attribute(result, name), at: result.position)
                case .number(let value, let text) where !text.contains(".") && !text.contains("e"):
                    advance()
                    result = Expression(.index(result, Expression(.number(value), at: next.position)), at: result.position)
                case .symbol("*"):
                    advance()
                    result = Expression(.splat(result, each: try splatTraversals(full: false, at: next.position)), at: result.position)
                default:
                    throw failure(.afterDot, at: next)
                }
            } else if token.isSymbol("[") {
                advance()
                if peek().isSymbol("*") {
                    advance()
                    try expect("]", .closeSplat)
                    result = Expression(.splat(result, each: try splatTraversals(full: true, at: token.position)), at: result.position)
                } else {
                    let key = try nested { (parser: inout Parser) throws(HCLError) in
                        let key = try parser.expression()
                        try parser.expect("]", .closeIndex)
                        return key
                    }
                    result = Expression(.index(result, key), at: result.position)
                }
            } else {
                return result
            }
        }
    }

    /// The traversals after a splat, applied to each element: `.name` (and for `[*]`, `[key]`
    /// and a nested `[*]`, which takes the rest: `a[*].b[*].c` is a list of lists, as HCL's own
    /// parser reads it).
    private mutating func splatTraversals(full: Bool, at position: Position) throws(HCLError) -> Expression {
        var each = Expression(.splatElement, at: position)
        while true {
            let token = peek()
            if token.isSymbol("."), case .identifier(let name) = peekSecond().kind {
                advance()
                advance()
                each = Expression(.attribute(each, name), at: token.position)
            } else if full, token.isSymbol("["), peekSecond().isSymbol("*") {
                advance()
                advance()
                try expect("]", .closeSplat)
                let rest = try deeper { (parser: inout Parser) throws(HCLError) in try parser.splatTraversals(full: true, at: token.position) }
                return Expression(.splat(each, each: rest), at: token.position)
            } else if full, token.isSymbol("[") {
                advance()
                let key = try nested { (parser: inout Parser) throws(HCLError) in
                    let key = try parser.expression()
                    try parser.expect("]", .closeIndex)
                    return key
                }
                each = Expression(.index(each, key), at: token.position)
            } else {
                return each
            }
        }
    }
}
