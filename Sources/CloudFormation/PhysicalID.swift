/// Stand-ins for physical ids inside strings: `Ref` to a resource (or a `Fn::GetAtt` of one)
/// becomes a token naming the stack and logical id, in Unicode private-use characters that no
/// template contains.
enum PhysicalID {
    private static let open: Character = "\u{E000}"
    private static let separator: Character = "\u{E001}"
    private static let close: Character = "\u{E002}"

    struct Reference: Equatable {
        var stack: String
        var logicalID: String
        var attribute: String?
    }

    static func token(stack: String, logicalID: String, attribute: String? = nil) -> String {
        "\(open)\(stack)\(separator)\(logicalID)\(attribute.map { "." + $0 } ?? "")\(close)"
    }

    /// The reference when `text` is exactly one token.
    static func reference(in text: String) -> Reference? {
        guard text.first == open, text.last == close, text.count > 2 else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(open), !inner.contains(close), let split = inner.firstIndex(of: separator) else { return nil }
        let stack = String(inner[..<split])
        let rest = inner[inner.index(after: split)...]
        if let dot = rest.firstIndex(of: ".") {
            return Reference(stack: stack, logicalID: String(rest[..<dot]), attribute: String(rest[rest.index(after: dot)...]))
        }
        return Reference(stack: stack, logicalID: String(rest), attribute: nil)
    }

    static func containsToken(_ text: String) -> Bool { text.contains(open) }

    /// The text with each token shown as `LogicalId` or `LogicalId.Attribute`.
    static func display(_ text: String) -> String {
        guard containsToken(text) else { return text }
        var result = ""
        var inToken = false
        var afterSeparator = false
        for character in text {
            switch character {
            case open: inToken = true; afterSeparator = false
            case separator: afterSeparator = true
            case close: inToken = false
            default: if !inToken || afterSeparator { result.append(character) }
            }
        }
        return result
    }
}
