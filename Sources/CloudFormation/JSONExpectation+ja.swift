extension JSONExpectation {
    /// The Japanese of every entry: a noun phrase, as `…が必要ですが` reads it.
    var japanese: String {
        switch self {
        case .endOfDocument: "最上位の値の後のドキュメントの終わり"
        case .literal(let word): "リテラル '\(word)'"
        case .openingQuote: "'\"'"
        case .lowSurrogate: "UTF-16 サロゲートペアの下位側"
        case .arraySeparator: "配列の ',' または ']'"
        case .colonAfterKey: "キーの後の ':'"
        case .objectSeparator: "オブジェクトの ',' または '}'"
        case .value: "値"
        case .valueOfAnyKind: "値（オブジェクト、配列、文字列、数値、true、false または null）"
        case .digit: "数字"
        case .digitAfterDecimalPoint: "小数点の後の数字"
        case .exponent: "指数"
        case .closingQuote: "文字列を閉じる '\"'"
        case .escapedControlCharacter: "文字列の中でエスケープした制御文字"
        case .escapeSequence: "エスケープシーケンス"
        case .validCodePoint: "有効な Unicode のコードポイント"
        case .knownEscape: "エスケープ \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX のいずれか"
        case .fourHexadecimalDigits: "4 桁の 16 進数"
        case .quotedKey: "オブジェクトの引用符で囲んだキー"
        }
    }
}
