extension JSONExpectation {
    /// The English of every entry, as it follows "expected".
    var english: String {
        switch self {
        case .endOfDocument: "the end of the document after the top-level value"
        case .literal(let word): "'\(word)'"
        case .openingQuote: "'\"'"
        case .lowSurrogate: "the low half of a UTF-16 surrogate pair"
        case .arraySeparator: "',' or ']' in an array"
        case .colonAfterKey: "':' after a key"
        case .objectSeparator: "',' or '}' in an object"
        case .value: "a value"
        case .valueOfAnyKind: "a value (object, array, string, number, true, false or null)"
        case .digit: "a digit"
        case .digitAfterDecimalPoint: "a digit after the decimal point"
        case .exponent: "an exponent"
        case .closingQuote: "the closing '\"' of a string"
        case .escapedControlCharacter: "an escaped control character inside a string"
        case .escapeSequence: "an escape sequence"
        case .validCodePoint: "a valid Unicode code point"
        case .knownEscape: "one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
        case .fourHexadecimalDigits: "four hexadecimal digits"
        case .quotedKey: "a quoted key in an object"
        }
    }
}
