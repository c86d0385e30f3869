internal import TextWidth

/// swift-argument-parser's help laid out again by display width. The parser wraps its lines by
/// characters, and a kana or kanji takes two columns, so Japanese help would run past the
/// screen, and it breaks Japanese only at spaces: each paragraph that holds Japanese or a line
/// wider than the screen is wrapped again at its own indentation, an argument's help at the
/// column beside the labels, between words and between Japanese characters; an example wider
/// than the screen is wrapped alone; every other line stays as the parser wrote it.
public enum HelpLayout {
    /// The column where the parser starts an argument's help, beside its label or, for a label
    /// as wide, on the lines below it.
    static let helpColumn = 26

    /// `help` (the parser's whole help: OVERVIEW, USAGE, then ARGUMENTS, OPTIONS and SUBCOMMANDS)
    /// with every line at most `width` columns where it can be (a word wider stands alone). Any
    /// other text — a version, a completion script — is returned as it is.
    public static func fitted(_ help: String, width: Int) -> String {
        guard width >= helpColumn + 20, help.hasPrefix("OVERVIEW: ") || help.hasPrefix("USAGE: ") else { return help }
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        var inSections = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isEmpty || line.hasPrefix("USAGE: ") {
                result.append(line)
            } else if isHeading(line) {
                inSections = true
                result.append(line)
            } else if inSections {
                // An argument, option or subcommand: its label's line, then its help's lines below.
                var block = [line]
                while index < lines.count, indentation(lines[index]) == helpColumn {
                    block.append(lines[index])
                    index += 1
                }
                result += needsLayout(block, width: width) ? entry(block, width: width) : block
            } else if indentation(line) == 0 {
                // A paragraph of the overview.
                var block = [line]
                while index < lines.count, !lines[index].isEmpty, indentation(lines[index]) == 0, !lines[index].hasPrefix("USAGE: ") {
                    block.append(lines[index])
                    index += 1
                }
                result += needsLayout(block, width: width) ? wrapped(block.joined(separator: " "), width: width, margin: "") : block
            } else {
                // An example: a line of its own.
                let margin = String(repeating: " ", count: indentation(line))
                result += line.displayWidth > width ? wrapped(String(line.dropFirst(margin.count)), width: width - margin.count, margin: margin) : [line]
            }
        }
        return result.joined(separator: "\n")
    }

    /// Whether the parser's lines of a paragraph are to be laid out again: one is too wide, or
    /// they hold Japanese, which the parser breaks only at spaces (so its lines end early).
    private static func needsLayout(_ block: [String], width: Int) -> Bool {
        block.contains { line in line.displayWidth > width || line.unicodeScalars.contains { DisplayWidth.of($0) == 2 } }
    }

    /// A section's heading: `OPTIONS:`, `SUBCOMMANDS:`.
    private static func isHeading(_ line: String) -> Bool {
        line.hasSuffix(":") && line.count > 1 && line.dropLast().allSatisfy { ($0.isASCII && $0.isUppercase) || $0 == " " }
    }

    /// The spaces a line begins with.
    private static func indentation(_ line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// An argument's lines wrapped again: its help beside the label when the parser put it there
    /// (the label, padded to `helpColumn`, is ASCII), the rest at `helpColumn`.
    private static func entry(_ block: [String], width: Int) -> [String] {
        let first = block[0]
        let besideLabel = first.dropFirst(helpColumn - 1).first == " " && first.dropFirst(helpColumn).first.map { $0 != " " } == true
        var text: [Substring] = besideLabel ? [first.dropFirst(helpColumn)] : []
        text += block.dropFirst().map { $0.dropFirst(helpColumn) }
        guard !text.isEmpty else { return block }
        let margin = String(repeating: " ", count: helpColumn)
        let lines = wrapped(text.joined(separator: " "), width: width - helpColumn, margin: margin)
        guard besideLabel, let head = lines.first else { return [first] + lines }
        let beside = String(first.prefix(helpColumn)) + String(head.dropFirst(helpColumn))
        return [beside] + Array(lines.dropFirst())
    }

    /// `text` in lines of at most `width` columns, each after `margin`.
    private static func wrapped(_ text: String, width: Int, margin: String) -> [String] {
        LineBreaking.lines(text, width: width).map { margin + $0 }
    }
}
