/// One token of HCL's native syntax. Quoted strings and heredocs are one token each, holding
/// their template's pieces; an interpolation's or directive's tokens are nested in its piece.
struct Token: Sendable {
    enum Kind: Sendable {
        case identifier(String)
        case number(Double, text: String)
        /// A quoted string or a heredoc.
        case template([TemplatePiece])
        /// Punctuation or an operator: `{`, `=>`, `...`, `&&`, …
        case symbol(String)
        case newline
        case end
    }

    var kind: Kind
    var position: Position

    /// How an error names it.
    var display: HCLFound {
        switch kind {
        case .identifier(let name): .code(name)
        case .number(_, let text): .code(text)
        case .template: .string
        case .symbol(let symbol): .code(symbol)
        case .newline: .lineBreak
        case .end: .endOfInput
        }
    }

    func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(let own) = kind { return own == symbol }
        return false
    }

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }
}

/// A piece of a template as the lexer cut it: text, or the tokens of `${…}` / `%{…}`.
enum TemplatePiece: Sendable {
    case literal(String, Position)
    /// `${ … }`; `stripBefore`/`stripAfter` are the `~` markers.
    case interpolation([Token], Position, stripBefore: Bool, stripAfter: Bool)
    /// `%{ … }`.
    case directive([Token], Position, stripBefore: Bool, stripAfter: Bool)
}
