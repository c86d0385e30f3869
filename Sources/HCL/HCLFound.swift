public import Localization

/// What the HCL reader found where it expected something else, by typed key: the second half
/// of an ``HCLError``. English in `HCLFound+en.swift`, Japanese in `HCLFound+ja.swift`.
public enum HCLFound: CatalogEntry, Hashable {
    /// A piece of code as written (a name, a number, a symbol, a character), shown in backticks.
    case code(String)
    /// An escape sequence as written, e.g. `\uD800`.
    case escape(String)
    /// A quoted string or a heredoc.
    case string
    /// A line break.
    case lineBreak
    /// The end of the input (the file, or the expression of an interpolation).
    case endOfInput
    /// A JSON value other than the object the JSON syntax needs there.
    case anotherValue
    /// A directive `%{` one level deeper than directives may nest.
    case oneMoreDirective
    /// The end of a template, before a directive was closed.
    case endOfTemplate
    /// `%{ else }` outside an `%{ if }`.
    case elseOutsideIf
    /// `%{ endif }` outside an `%{ if }`.
    case endifOutsideIf
    /// `%{ endfor }` outside a `%{ for }`.
    case endforOutsideFor
}
