import Foundation
public import Localization
public import Testing

/// Checks that `keys` hold every case of their catalog enum, as `file` (a path from the
/// repository's root, e.g. "Sources/Terraform/TerraformNoteText.swift") declares it: a case
/// declared but missing from `keys` is a key no test checks, and a key whose case `file` does
/// not declare means `file` is not where the enum is.
///
/// Next to a `samples` that is an exhaustive `switch`, this holds a catalog test to every key: a
/// case added to the enum must get a sample (or the test does not compile) and a key in the
/// test's list (or this check fails). Swift lists no enum's cases at run time when they carry
/// values, so they are read from the source (``CatalogCoverage/declaredCases(ofEnum:in:)``).
public func checkEveryCase<Entry: CatalogEntry>(_ keys: [Entry], declaredIn file: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let name = CatalogCoverage.typeName(Entry.self)
    guard let data = FileManager.default.contents(atPath: Repository.path(file)) else {
        Issue.record("\(file) cannot be read; it should declare \(name)", sourceLocation: sourceLocation)
        return
    }
    let declarations = CatalogCoverage.declaredCases(ofEnum: name, in: String(decoding: data, as: UTF8.self))
    guard declarations.count == 1, let declared = declarations.first else {
        Issue.record("\(file) declares \(declarations.count) enums named \(name), not one", sourceLocation: sourceLocation)
        return
    }
    let given = keys.map { CatalogCoverage.caseName(of: $0) }
    let missing = declared.filter { !given.contains($0) }
    if !missing.isEmpty {
        Issue.record(
            "the keys of \(name) lack \(missing.joined(separator: ", ")), declared in \(file): give each a key in the list",
            sourceLocation: sourceLocation)
    }
    var undeclared: [String] = []
    for caseName in given where !declared.contains(caseName) && !undeclared.contains(caseName) { undeclared.append(caseName) }
    if !undeclared.isEmpty {
        Issue.record(
            "\(file) declares no case \(undeclared.joined(separator: ", ")) of \(name): is it the file of \(name)?",
            sourceLocation: sourceLocation)
    }
}

/// How ``checkEveryCase(_:declaredIn:sourceLocation:)`` finds an enum's cases in its source and
/// the case of a key.
public enum CatalogCoverage {
    /// The cases declared directly in each enum called `name` in `source`, in their order: one
    /// list per declaration (none when `source` declares no such enum). `case a`, `case a(…)`,
    /// `case a, b(…)` and `case a = 1` count; a `case` in a comment, in a string, in a `switch`
    /// or in an enum nested inside this one does not.
    public static func declaredCases(ofEnum name: String, in source: String) -> [[String]] {
        var lexer = Lexer(source)
        let tokens = lexer.tokens()
        var declarations: [[String]] = []
        var index = 0
        while index + 1 < tokens.count {
            if tokens[index] == .word("enum", quoted: false), tokens[index + 1].wordText == name {
                declarations.append(cases(ofBodyAfter: index + 2, in: tokens))
            }
            index += 1
        }
        return declarations
    }

    /// The name of the case `value` is: the label of its payload when it carries one (`b` for
    /// `.b(x: 1)`, printed `b(x: 1)`), else how Swift prints it (`a` for `.a`).
    public static func caseName<Value>(of value: Value) -> String {
        if let label = Mirror(reflecting: value).children.first?.label { return label }
        return String(String(describing: value).prefix { $0 != "(" })
    }

    /// A type's own name, without its module, the types it is nested in or generic arguments
    /// (`Message` for `Rules.LoadBalancerElasticIP.Message`).
    static func typeName(_ type: Any.Type) -> String {
        let qualified = String(reflecting: type).prefix { $0 != "<" }
        return qualified.split(separator: ".").last.map(String.init) ?? String(qualified)
    }

    /// The cases declared at the top level of the body that follows `start` (the enum's name):
    /// its first `{` opens it.
    private static func cases(ofBodyAfter start: Int, in tokens: [Token]) -> [String] {
        var index = start
        while index < tokens.count, tokens[index] != .symbol("{") { index += 1 }
        index += 1
        var depth = 1
        var names: [String] = []
        while index < tokens.count, depth > 0 {
            let token = tokens[index]
            if token == .symbol("{") {
                depth += 1
            } else if token == .symbol("}") {
                depth -= 1
            } else if depth == 1, token == .word("case", quoted: false) {
                index += 1
                // `name`, `name(…)` or `name = raw`, separated by commas.
                while index < tokens.count, let name = tokens[index].wordText {
                    names.append(name)
                    index += 1
                    if index < tokens.count, tokens[index] == .symbol("(") {
                        var parentheses = 0
                        repeat {
                            if tokens[index] == .symbol("(") { parentheses += 1 }
                            if tokens[index] == .symbol(")") { parentheses -= 1 }
                            index += 1
                        } while index < tokens.count && parentheses > 0
                    }
                    if index < tokens.count, tokens[index] == .symbol("=") {
                        index += 1
                        if index < tokens.count, tokens[index] == .symbol("-") { index += 1 }
                        index += 1
                    }
                    guard index < tokens.count, tokens[index] == .symbol(",") else { break }
                    index += 1
                }
                continue
            }
            index += 1
        }
        return names
    }

    /// A token of Swift source, as far as finding case declarations needs.
    enum Token: Equatable {
        /// A keyword or a name; a name in backquotes (`` `default` ``) is never a keyword.
        case word(String, quoted: Bool)
        /// One character of punctuation or of an operator.
        case symbol(Character)
        /// A string or a number.
        case literal

        /// The word, keyword or name, when the token is one.
        var wordText: String? {
            if case .word(let text, _) = self { text } else { nil }
        }
    }

    /// Splits Swift source into tokens, leaving out comments (nested block comments too) and
    /// the insides of strings (raw, multi-line and interpolated ones too).
    struct Lexer {
        /// The source.
        private let characters: [Character]
        /// Where reading is.
        private var index = 0
        /// The tokens read so far.
        private var read: [Token] = []
        /// How many interpolations reading is inside: their tokens are the string's, left out.
        private var interpolations = 0

        init(_ source: String) { characters = Array(source) }

        /// Every token of the source.
        mutating func tokens() -> [Token] {
            code(interpolation: false)
            return read
        }

        /// The character `offset` after where reading is, if the source goes that far.
        private func peek(_ offset: Int = 0) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }

        /// Whether `count` characters from `start` are all `#`.
        private func hashes(_ count: Int, at start: Int) -> Bool {
            (start..<start + count).allSatisfy { $0 < characters.count && characters[$0] == "#" }
        }

        /// Whether a raw string (`#"…"#`) starts where reading is.
        private func rawStringStarts() -> Bool {
            var offset = 0
            while peek(offset) == "#" { offset += 1 }
            return offset > 0 && peek(offset) == "\""
        }

        private mutating func emit(_ token: Token) {
            if interpolations == 0 { read.append(token) }
        }

        /// Reads code to the end of the source or, in an interpolation, to the `)` that closes it.
        private mutating func code(interpolation: Bool) {
            var parentheses = 0
            while let character = peek() {
                if character == "/", peek(1) == "/" {
                    while let next = peek(), !next.isNewline { index += 1 }
                } else if character == "/", peek(1) == "*" {
                    blockComment()
                } else if character == "\"" || (character == "#" && rawStringStarts()) {
                    string()
                    emit(.literal)
                } else if character == "`" {
                    index += 1
                    var word = ""
                    while let next = peek(), next != "`", !next.isNewline {
                        word.append(next)
                        index += 1
                    }
                    index += 1
                    emit(.word(word, quoted: true))
                } else if character.isLetter || character == "_" || character == "$" {
                    var word = ""
                    while let next = peek(), next.isLetter || next.isNumber || next == "_" || next == "$" {
                        word.append(next)
                        index += 1
                    }
                    emit(.word(word, quoted: false))
                } else if character.isNumber {
                    while let next = peek(), next.isLetter || next.isNumber || next == "_" || next == "." { index += 1 }
                    emit(.literal)
                } else if character.isWhitespace {
                    index += 1
                } else {
                    index += 1
                    if interpolation, character == "(" { parentheses += 1 }
                    if interpolation, character == ")" {
                        if parentheses == 0 { return }
                        parentheses -= 1
                    }
                    emit(.symbol(character))
                }
            }
        }

        /// Skips a block comment, which may hold others.
        private mutating func blockComment() {
            var depth = 0
            while let character = peek() {
                if character == "/", peek(1) == "*" {
                    depth += 1
                    index += 2
                } else if character == "*", peek(1) == "/" {
                    depth -= 1
                    index += 2
                    if depth == 0 { return }
                } else {
                    index += 1
                }
            }
        }

        /// Skips a string: `"…"`, `"""…"""`, with as many `#` around as it opens with, reading
        /// through its interpolations.
        private mutating func string() {
            var delimiters = 0
            while peek() == "#" {
                delimiters += 1
                index += 1
            }
            let multiline = peek(1) == "\"" && peek(2) == "\""
            let quotes = multiline ? 3 : 1
            index += quotes
            while let character = peek() {
                if character == "\\", hashes(delimiters, at: index + 1) {
                    index += 1 + delimiters
                    if peek() == "(" {
                        index += 1
                        interpolations += 1
                        code(interpolation: true)
                        interpolations -= 1
                    } else {
                        index += 1
                    }
                } else if character == "\"", !multiline || (peek(1) == "\"" && peek(2) == "\""), hashes(delimiters, at: index + quotes) {
                    index += quotes + delimiters
                    return
                } else {
                    index += 1
                }
            }
        }
    }
}
