internal import Localization

/// What the JSON template reader expected where it stopped, by typed key (a JSON syntax
/// error says it, then what it found). English in `JSONExpectation+en.swift`, Japanese in
/// `JSONExpectation+ja.swift`.
enum JSONExpectation: CatalogEntry {
    /// Nothing more after the top-level value.
    case endOfDocument
    /// The next letter of `word` (`true`, `false` or `null`).
    case literal(word: String)
    /// The `"` that opens a string.
    case openingQuote
    /// The `\uXXXX` of the low half after the high half of a surrogate pair.
    case lowSurrogate
    /// `,` or `]` after an item of an array.
    case arraySeparator
    /// `:` after a key of an object.
    case colonAfterKey
    /// `,` or `}` after a member of an object.
    case objectSeparator
    /// A value, at the end of the input.
    case value
    /// A value, where a character starts none.
    case valueOfAnyKind
    /// A digit of a number.
    case digit
    /// A digit after a number's decimal point.
    case digitAfterDecimalPoint
    /// The digits of a number's exponent.
    case exponent
    /// The `"` that closes a string, at the end of the input.
    case closingQuote
    /// A control character inside a string, which must be escaped.
    case escapedControlCharacter
    /// An escape sequence after `\`, at the end of the input.
    case escapeSequence
    /// A `\u` escape that makes a valid Unicode code point.
    case validCodePoint
    /// One of the escapes JSON knows, after `\`.
    case knownEscape
    /// The four hexadecimal digits of a `\u` escape.
    case fourHexadecimalDigits
    /// A quoted key, where an object's member starts.
    case quotedKey
}
