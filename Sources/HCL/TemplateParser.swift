/// Templates: the lexer's pieces → literal text, interpolations and `%{if}`/`%{for}` directives.
extension Parser {
    /// One piece with its strip markers applied and its directive read.
    private enum Item {
        case literal(String)
        case interpolation(Expression)
        case openIf(Expression, Position)
        case openElse(Position)
        case closeIf(Position)
        case openFor(String?, String, Expression, Position)
        case closeFor(Position)
    }

    /// `depth`: how deep the template is in the expression that holds it.
    static func template(_ pieces: [TemplatePiece], depth: Int = 0) throws(HCLError) -> [TemplatePart] {
        var items: [Item] = []
        var stripNext = false
        for piece in pieces {
            switch piece {
            case .literal(let text, _):
                items.append(.literal(stripNext ? String(text.drop { $0.isWhitespace }) : text))
                stripNext = false
            case .interpolation(let tokens, _, let before, let after):
                if before { stripLast(&items) }
                var parser = Parser(tokens: tokens, nesting: 1, depth: depth)
                let expression = try parser.expression()
                try parser.expectEnd()
                items.append(.interpolation(expression))
                stripNext = after
            case .directive(let tokens, let position, let before, let after):
                if before { stripLast(&items) }
                items.append(try directive(tokens, at: position, depth: depth))
                stripNext = after
            }
        }
        var cursor = 0
        let parts = try structure(items, &cursor, until: [], depth: depth)
        return parts
    }

    private static func stripLast(_ items: inout [Item]) {
        guard case .literal(let text)? = items.last else { return }
        items[items.count - 1] = .literal(String(text.reversed().drop { $0.isWhitespace }.reversed()))
    }

    private static func directive(_ tokens: [Token], at position: Position, depth: Int) throws(HCLError) -> Item {
        var parser = Parser(tokens: tokens, nesting: 1, depth: depth)
        let keyword = parser.peek()
        switch keyword.identifier {
        case "if":
            parser.advance()
            let condition = try parser.expression()
            try parser.expectEnd()
            return .openIf(condition, position)
        case "else":
            parser.advance()
            try parser.expectEnd()
            return .openElse(position)
        case "endif":
            parser.advance()
            try parser.expectEnd()
            return .closeIf(position)
        case "for":
            parser.advance()
            let (key, value) = try parser.forVariables()
            let collection = try parser.expression()
            try parser.expectEnd()
            return .openFor(key, value, collection, position)
        case "endfor":
            parser.advance()
            try parser.expectEnd()
            return .closeFor(position)
        default:
            throw HCLError(position: keyword.position, expected: .directiveKeyword, found: keyword.display)
        }
    }

    /// Which closing directive ends a nested part.
    private enum Closer { case elseOrEndif, endif, endfor }

    /// One directive deeper than `depth`, or the refusal of a template nested past
    /// `Parser.maximumDepth`.
    private static func deeper(_ depth: Int, at position: Position) throws(HCLError) -> Int {
        guard depth < maximumDepth else { throw HCLError(position: position, expected: .directivesNestedAtMost(depth: maximumDepth), found: .oneMoreDirective) }
        return depth + 1
    }

    private static func structure(_ items: [Item], _ cursor: inout Int, until closers: Set<Closer>, depth: Int) throws(HCLError) -> [TemplatePart] {
        var parts: [TemplatePart] = []
        while cursor < items.count {
            let item = items[cursor]
            switch item {
            case .literal(let text):
                cursor += 1
                if !text.isEmpty { parts.append(.literal(text)) }
            case .interpolation(let expression):
                cursor += 1
                parts.append(.interpolation(expression))
            case .openIf(let condition, let position):
                cursor += 1
                let then = try structure(items, &cursor, until: [.elseOrEndif], depth: try deeper(depth, at: position))
                var otherwise: [TemplatePart] = []
                if cursor < items.count, case .openElse = items[cursor] {
                    cursor += 1
                    otherwise = try structure(items, &cursor, until: [.endif], depth: depth + 1)
                }
                guard cursor < items.count, case .closeIf = items[cursor] else {
                    throw HCLError(position: position, expected: .closeIf, found: .endOfTemplate)
                }
                cursor += 1
                parts.append(.conditional(condition, then: then, else: otherwise))
            case .openFor(let key, let value, let collection, let position):
                cursor += 1
                let body = try structure(items, &cursor, until: [.endfor], depth: try deeper(depth, at: position))
                guard cursor < items.count, case .closeFor = items[cursor] else {
                    throw HCLError(position: position, expected: .closeFor, found: .endOfTemplate)
                }
                cursor += 1
                parts.append(.loop(keyName: key, valueName: value, collection: collection, body: body))
            case .openElse(let position):
                guard closers.contains(.elseOrEndif) else {
                    throw HCLError(position: position, expected: .textOrDirective, found: .elseOutsideIf)
                }
                return parts
            case .closeIf(let position):
                guard closers.contains(.elseOrEndif) || closers.contains(.endif) else {
                    throw HCLError(position: position, expected: .textOrDirective, found: .endifOutsideIf)
                }
                return parts
            case .closeFor(let position):
                guard closers.contains(.endfor) else {
                    throw HCLError(position: position, expected: .textOrDirective, found: .endforOutsideFor)
                }
                return parts
            }
        }
        return parts
    }
}
