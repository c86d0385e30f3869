/// Cuts HCL native syntax into tokens. Templates (quoted strings and heredocs) are lexed here
/// too, their `${…}` and `%{…}` into nested token lists, so the parser sees one token per string.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    /// How many templates the one being read is inside (`"${"${…}"}"`): bounded as the
    /// parser bounds expressions, since reading one recurses.
    private var templateDepth = 0

    init(_ text: String, file: String) {
        scalars = Array(text.unicodeScalars)
        self.file = file
    }

    /// Every token of the input, ending with `.end`.
    mutating func tokenize() throws(HCLError) -> [Token] {
        try tokens(nested: false).tokens
    }

    private var position: Position { Position(file: file, line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func error(_ expected: HCLExpected) -> HCLError {
        let found = peek().map { $0 == "\n" ? HCLFound.lineBreak : HCLFound.code(String(Character($0))) } ?? HCLFound.endOfInput
        return HCLError(position: position, expected: expected, found: found)
    }

    private static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic
    }

    private static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || c == "-" || c.properties.numericType != nil
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ("0"..."9").contains(c)
    }

    private static let symbols3 = ["..."]
    private static let symbols2 = ["=>", "==", "!=", "<=", ">=", "&&", "||"]
    private static let symbols1: Set<Unicode.Scalar> = ["{", "}", "[", "]", "(", ")", ",", ".", ":", "?", "=", "<", ">", "+", "-", "*", "/", "%", "!"]

    /// Tokens up to the end of the input, or (nested) up to the `}` that closes an interpolation
    /// or directive; then whether a `~` strip marker came before that `}`.
    private mutating func tokens(nested: Bool) throws(HCLError) -> (tokens: [Token], stripAfter: Bool) {
        var result: [Token] = []
        var depth = 0
        while true {
            try skipSpaceAndComments()
            let start = position
            guard let c = peek() else {
                if nested { throw error(.closeInterpolation) }
                result.append(Token(kind: .end, position: start))
                return (result, false)
            }
            if nested && depth == 0 {
                if c == "}" {
                    advance()
                    result.append(Token(kind: .end, position: start))
                    return (result, false)
                }
                if c == "~" && peek(1) == "}" {
                    advance()
                    advance()
                    result.append(Token(kind: .end, position: start))
                    return (result, true)
                }
            }
            if c == "\n" {
                advance()
                result.append(Token(kind: .newline, position: start))
            } else if Self.isIdentifierStart(c) {
                var name = ""
                while let next = peek(), Self.isIdentifierContinue(next) {
                    name.unicodeScalars.append(next)
                    advance()
                }
                result.append(Token(kind: .identifier(name), position: start))
            } else if Self.isDigit(c) {
                result.append(try number())
            } else if c == "\"" {
                advance()
                result.append(Token(kind: .template(try templatePieces(heredoc: nil)), position: start))
            } else if c == "<" && peek(1) == "<" && (peek(2) == "-" || peek(2).map(Self.isIdentifierStart) == true) {
                result.append(Token(kind: .template(try heredoc()), position: start))
            } else if let symbol = symbol() {
                if nested && symbol == "{" { depth += 1 }
                if nested && symbol == "}" { depth -= 1 }
                result.append(Token(kind: .symbol(symbol), position: start))
            } else {
                throw error(.expressionAttributeOrBlock)
            }
        }
    }

    private mutating func symbol() -> String? {
        for candidate in Self.symbols3 + Self.symbols2 where matches(candidate) {
            for _ in candidate.unicodeScalars { advance() }
            return candidate
        }
        guard let c = peek(), Self.symbols1.contains(c) else { return nil }
        advance()
        return String(Character(c))
    }

    private func matches(_ text: String) -> Bool {
        for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar { return false }
        return true
    }

    private mutating func skipSpaceAndComments() throws(HCLError) {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\r" {
                advance()
            } else if c == "#" || (c == "/" && peek(1) == "/") {
                while let next = peek(), next != "\n" { advance() }
            } else if c == "/" && peek(1) == "*" {
                advance()
                advance()
                while !(peek() == "*" && peek(1) == "/") {
                    guard peek() != nil else { throw error(.closeComment) }
                    advance()
                }
                advance()
                advance()
            } else {
                return
            }
        }
    }

    private mutating func number() throws(HCLError) -> Token {
        let start = position
        var text = ""
        func take(_ lexer: inout Lexer) {
            while Self.isDigit(lexer.peek()), let c = lexer.peek() {
                text.unicodeScalars.append(c)
                lexer.advance()
            }
        }
        take(&self)
        if peek() == ".", Self.isDigit(peek(1)) {
            text += "."
            advance()
            take(&self)
        }
        if peek() == "e" || peek() == "E" {
            let sign = peek(1) == "+" || peek(1) == "-"
            if Self.isDigit(peek(sign ? 2 : 1)) {
                text += "e"
                advance()
                if sign, let c = peek() {
                    text.unicodeScalars.append(c)
                    advance()
                }
                take(&self)
            }
        }
        guard let value = Double(text) else { throw HCLError(position: start, expected: .number, found: .code(text)) }
        return Token(kind: .number(value, text: text), position: start)
    }

    /// A heredoc: `<<ID` or `<<-ID`, a line break, lines, then `ID` alone on a line.
    private mutating func heredoc() throws(HCLError) -> [TemplatePiece] {
        advance()
        advance()
        let indented = peek() == "-"
        if indented { advance() }
        var delimiter = ""
        while let c = peek(), Self.isIdentifierContinue(c) {
            delimiter.unicodeScalars.append(c)
            advance()
        }
        while peek() == " " || peek() == "\t" || peek() == "\r" { advance() }
        guard peek() == "\n" else { throw error(.lineBreakAfterHeredocMarker(marker: "<<\(indented ? "-" : "")\(delimiter)")) }
        advance()
        let strip = indented ? indentation(before: delimiter) : 0
        return try templatePieces(heredoc: (delimiter, strip))
    }

    /// The smallest indentation of the heredoc's non-blank lines, up to its closing line.
    private func indentation(before delimiter: String) -> Int {
        var smallest = Int.max
        var cursor = index
        while cursor < scalars.count {
            var end = cursor
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            let lineText = String(String.UnicodeScalarView(scalars[cursor..<end]))
            let trimmed = lineText.drop { $0 == " " || $0 == "\t" }
            if trimmed.trimmingTrailingSpace == delimiter { break }
            if !trimmed.trimmingTrailingSpace.isEmpty { smallest = min(smallest, lineText.count - trimmed.count) }
            cursor = end + 1
        }
        return smallest == Int.max ? 0 : smallest
    }

    /// Whether the cursor (at a line start) is on the heredoc's closing line; consumes it if so.
    private mutating func atClosingLine(_ delimiter: String) -> Bool {
        var offset = 0
        while peek(offset) == " " || peek(offset) == "\t" { offset += 1 }
        for scalar in delimiter.unicodeScalars {
            guard peek(offset) == scalar else { return false }
            offset += 1
        }
        var rest = offset
        while peek(rest) == " " || peek(rest) == "\t" || peek(rest) == "\r" { rest += 1 }
        guard peek(rest) == nil || peek(rest) == "\n" else { return false }
        for _ in 0..<offset { advance() }
        return true
    }

    /// The pieces of a quoted string (after its `"`) or of a heredoc's lines.
    private mutating func templatePieces(heredoc: (delimiter: String, strip: Int)?) throws(HCLError) -> [TemplatePiece] {
        guard templateDepth < Parser.maximumDepth else { throw error(.templatesNestedAtMost(depth: Parser.maximumDepth)) }
        templateDepth += 1
        defer { templateDepth -= 1 }
        var pieces: [TemplatePiece] = []
        var literal = ""
        var literalStart = position
        var atLineStart = true
        func flush(_ pieces: inout [TemplatePiece], _ literal: inout String, _ start: Position) {
            if !literal.isEmpty { pieces.append(.literal(literal, start)) }
            literal = ""
        }
        while true {
            if let heredoc, atLineStart {
                if atClosingLine(heredoc.delimiter) {
                    flush(&pieces, &literal, literalStart)
                    return pieces
                }
                var skipped = 0
                while skipped < heredoc.strip, peek() == " " || peek() == "\t" {
                    advance()
                    skipped += 1
                }
                if literal.isEmpty { literalStart = position }
            }
            atLineStart = false
            guard let c = peek() else {
                throw error(heredoc.map { HCLExpected.closeHeredoc(delimiter: $0.delimiter) } ?? HCLExpected.closeString)
            }
            if heredoc == nil && c == "\"" {
                advance()
                flush(&pieces, &literal, literalStart)
                return pieces
            }
            if heredoc == nil && c == "\n" { throw error(.closeStringBeforeLineEnds) }
            if (c == "$" || c == "%") && peek(1) == c && peek(2) == "{" {
                literal.unicodeScalars.append(c)
                literal += "{"
                advance()
                advance()
                advance()
            } else if (c == "$" || c == "%") && peek(1) == "{" {
                flush(&pieces, &literal, literalStart)
                let start = position
                advance()
                advance()
                let stripBefore = peek() == "~"
                if stripBefore { advance() }
                let (inner, stripAfter) = try tokens(nested: true)
                pieces.append(c == "$"
                    ? .interpolation(inner, start, stripBefore: stripBefore, stripAfter: stripAfter)
                    : .directive(inner, start, stripBefore: stripBefore, stripAfter: stripAfter))
                literalStart = position
            } else if heredoc == nil && c == "\\" {
                literal.unicodeScalars.append(try escape())
            } else {
                if literal.isEmpty { literalStart = position }
                literal.unicodeScalars.append(c)
                advance()
                if c == "\n" { atLineStart = true }
            }
        }
    }

    private mutating func escape() throws(HCLError) -> Unicode.Scalar {
        advance()
        guard let c = peek() else { throw error(.escapeSequence) }
        let simple: [Unicode.Scalar: Unicode.Scalar] = ["n": "\n", "r": "\r", "t": "\t", "\"": "\"", "\\": "\\", "/": "/", "b": "\u{8}", "f": "\u{C}"]
        if let value = simple[c] {
            advance()
            return value
        }
        guard c == "u" || c == "U" else { throw error(.knownEscapeSequence) }
        advance()
        var hex = ""
        for _ in 0..<(c == "u" ? 4 : 8) {
            guard let digit = peek(), digit.properties.isASCIIHexDigit else { throw error(.hexadecimalDigits(count: c == "u" ? 4 : 8, escape: "\\\(c)")) }
            hex.unicodeScalars.append(digit)
            advance()
        }
        guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
            throw HCLError(position: position, expected: .unicodeScalarValue, found: .escape("\\\(c)\(hex)"))
        }
        return scalar
    }
}

extension Substring {
    var trimmingTrailingSpace: Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" || last == "\r" { copy.removeLast() }
        return copy
    }
}
