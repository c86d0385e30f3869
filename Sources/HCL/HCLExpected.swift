public import Localization

/// What the HCL reader expected where it stopped, by typed key: the first half of an
/// ``HCLError``. English in `HCLExpected+en.swift`, Japanese in `HCLExpected+ja.swift`.
public enum HCLExpected: CatalogEntry, Hashable {
    // MARK: the lexer

    /// The `}` that closes an interpolation `${…}` or a directive `%{…}`.
    case closeInterpolation
    /// Anything that may start a token at the top of a body.
    case expressionAttributeOrBlock
    /// The `*/` that closes a `/* … */` comment.
    case closeComment
    /// A number (digits that do not read as one).
    case number
    /// A line break after a heredoc's opening marker (`marker` as written, e.g. `<<-EOF`).
    case lineBreakAfterHeredocMarker(marker: String)
    /// Templates (strings inside interpolations) nested no deeper than `depth`.
    case templatesNestedAtMost(depth: Int)
    /// The line holding only `delimiter`, which closes a heredoc.
    case closeHeredoc(delimiter: String)
    /// The `"` that closes a quoted string.
    case closeString
    /// The `"` that closes a quoted string, before the line ends.
    case closeStringBeforeLineEnds
    /// An escape sequence after `\` (the input ended).
    case escapeSequence
    /// One of the escape sequences HCL knows, after `\`.
    case knownEscapeSequence
    /// `count` hexadecimal digits after `escape` (`\u` or `\U`).
    case hexadecimalDigits(count: Int, escape: String)
    /// A Unicode scalar value from a `\u` or `\U` escape.
    case unicodeScalarValue

    // MARK: the JSON syntax

    /// A JSON object at the top of a `.tf.json` file.
    case jsonObjectAtTop
    /// A JSON object as the content of a block.
    case jsonObjectForBlockContent
    /// A JSON object keyed by the labels of a `blockType` block.
    case jsonObjectKeyedByLabels(blockType: String)
    /// A JSON string as a property's name.
    case jsonStringAsPropertyName

    // MARK: the parser

    /// An expression nested no deeper than `depth`.
    case expressionNestedAtMost(depth: Int)
    /// The end of an expression (an interpolation or a directive holds one).
    case endOfExpression
    /// The `}` that closes a block.
    case closeBlock
    /// An attribute's name or a block's type, at the start of a line of a body.
    case attributeNameOrBlockType
    /// After the name `name`: `=` for an attribute, or a label or `{` for a block.
    case equalsLabelOrBrace(after: String)
    /// Another label of a block, or its `{`.
    case labelOrBrace
    /// A line break after the attribute `name`.
    case lineBreakAfterAttribute(name: String)
    /// A line break after the block `type`.
    case lineBreakAfterBlock(type: String)
    /// The `:` between the two results of `condition ? a : b`.
    case conditionalColon
    /// At most `count` binary operators in a row.
    case operatorsInARow(count: Int)
    /// The `)` that closes a parenthesis.
    case closeParenthesis
    /// An expression.
    case expression
    /// `,` or `)` between or after the arguments of the function `function`.
    case argumentSeparator(function: String)
    /// `,` or `]` between or after the items of a list.
    case listSeparator
    /// `=` or `:` after an object's key.
    case objectKeySeparator
    /// The `}` that closes an object.
    case closeObject
    /// The `:` after the collection of a `for` expression.
    case forCollectionColon
    /// The `=>` between the key and the value of a `for` expression that makes an object.
    case forArrow
    /// `if`, or the `closer` (`}` or `]`) that closes a `for` expression.
    case closeForExpression(closer: String)
    /// A variable's name after `for`.
    case forVariable
    /// A second variable's name after `for name,`.
    case forSecondVariable
    /// `in` after the variables of a `for` expression.
    case forIn
    /// An attribute's name, an index or `*` after `.`.
    case afterDot
    /// The `]` of `[*]`.
    case closeSplat
    /// The `]` that closes an index.
    case closeIndex

    // MARK: template directives

    /// A directive's keyword after `%{`.
    case directiveKeyword
    /// Directives nested no deeper than `depth`.
    case directivesNestedAtMost(depth: Int)
    /// The `%{ endif }` that closes an `%{ if }`.
    case closeIf
    /// The `%{ endfor }` that closes a `%{ for }`.
    case closeFor
    /// Text or a directive, where a closing directive came without its opening one.
    case textOrDirective
}
