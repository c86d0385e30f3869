/// An element of an AWS XML response: name (namespace prefix dropped), child elements and text.
public struct AWSXMLElement: Sendable, Equatable {
    public var name: String
    public var children: [AWSXMLElement]
    public var text: String

    /// The first child with this name.
    public func child(_ name: String) -> AWSXMLElement? { children.first { $0.name == name } }

    /// The children with this name.
    public func children(_ name: String) -> [AWSXMLElement] { children.filter { $0.name == name } }

    /// The text of the first child with this name, nil when absent.
    public func string(_ name: String) -> String? { child(name)?.text }

    /// The node reached by following child names (`"associationSet/item"` takes the first each step).
    public func path(_ path: String) -> AWSXMLElement? {
        var node: AWSXMLElement? = self
        for part in path.split(separator: "/") { node = node?.child(String(part)) }
        return node
    }

    /// The items of an EC2 list (`<xSet><item>…`) or an ELBv2 list (`<Xs><member>…`).
    public func list(_ name: String) -> [AWSXMLElement] {
        guard let container = child(name) else { return [] }
        return container.children.filter { $0.name == "item" || $0.name == "member" }
    }
}

/// Reads the XML that AWS's query APIs answer with: elements, text, the five named entities
/// and numeric references; declarations, comments and CDATA are handled, DTDs refused.
public struct XMLReader {
    private let bytes: [UInt8]
    private var index = 0

    /// Why a document could not be read, and the byte offset.
    public struct Error: Swift.Error, Sendable, CustomStringConvertible {
        public let message: String
        public let offset: Int
        public var description: String { "malformed XML at byte \(offset): \(message)" }
    }

    public static func parse(_ data: some Collection<UInt8>) throws(Error) -> AWSXMLElement {
        var reader = XMLReader(bytes: Array(data))
        reader.skipProlog()
        if reader.starts(with: "<!") { throw reader.error("document type declarations are not accepted") }
        guard reader.peek == UInt8(ascii: "<") else { throw reader.error("expected the root element") }
        return try reader.element(depth: 0)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func error(_ message: String) -> Error { Error(message: message, offset: index) }

    private func starts(with text: String) -> Bool {
        let utf8 = Array(text.utf8)
        return index + utf8.count <= bytes.count && Array(bytes[index..<index + utf8.count]) == utf8
    }

    private mutating func skip(past text: String) throws(Error) {
        let utf8 = Array(text.utf8)
        while index + utf8.count <= bytes.count {
            if Array(bytes[index..<index + utf8.count]) == utf8 {
                index += utf8.count
                return
            }
            index += 1
        }
        throw error("expected '\(text)'")
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func skipProlog() {
        while true {
            skipWhitespace()
            if starts(with: "<?") { if (try? skip(past: "?>")) == nil { return } } else if starts(with: "<!--") { if (try? skip(past: "-->")) == nil { return } } else { return }
        }
    }

    private mutating func name() throws(Error) -> String {
        let start = index
        while let byte = peek, !(byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")) {
            index += 1
        }
        guard index > start else { throw error("expected a name") }
        let full = String(decoding: bytes[start..<index], as: UTF8.self)
        return full.split(separator: ":").last.map(String.init) ?? full
    }

    private mutating func element(depth: Int) throws(Error) -> AWSXMLElement {
        guard depth < 256 else { throw error("elements nested deeper than 256") }
        index += 1 // <
        let tag = try name()
        // Attributes are skipped: AWS responses carry data in elements.
        while true {
            skipWhitespace()
            guard let byte = peek else { throw error("unterminated tag <\(tag)>") }
            if byte == UInt8(ascii: "/") {
                index += 1
                guard peek == UInt8(ascii: ">") else { throw error("expected '>'") }
                index += 1
                return AWSXMLElement(name: tag, children: [], text: "")
            }
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            _ = try name()
            skipWhitespace()
            guard peek == UInt8(ascii: "=") else { throw error("expected '=' in an attribute") }
            index += 1
            skipWhitespace()
            guard let quote = peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw error("expected a quoted attribute value") }
            index += 1
            while let next = peek, next != quote { index += 1 }
            guard peek != nil else { throw error("unterminated attribute value") }
            index += 1
        }
        var children: [AWSXMLElement] = []
        var text: [UInt8] = []
        while true {
            guard let byte = peek else { throw error("expected </\(tag)>") }
            if byte == UInt8(ascii: "<") {
                if starts(with: "</") {
                    index += 2
                    let closing = try name()
                    guard closing == tag else { throw error("expected </\(tag)>, found </\(closing)>") }
                    skipWhitespace()
                    guard peek == UInt8(ascii: ">") else { throw error("expected '>'") }
                    index += 1
                    let decoded = String(decoding: text, as: UTF8.self)
                    return AWSXMLElement(name: tag, children: children, text: children.isEmpty ? decoded : decoded.trimmingWhitespace())
                } else if starts(with: "<!--") {
                    try skip(past: "-->")
                } else if starts(with: "<![CDATA[") {
                    index += 9
                    let start = index
                    try skip(past: "]]>")
                    text += bytes[start..<(index - 3)]
                } else if starts(with: "<!") {
                    throw error("document type declarations are not accepted")
                } else {
                    children.append(try element(depth: depth + 1))
                }
            } else if byte == UInt8(ascii: "&") {
                text += Array(try entity().utf8)
            } else {
                text.append(byte)
                index += 1
            }
        }
    }

    private mutating func entity() throws(Error) -> String {
        let start = index
        while let byte = peek, byte != UInt8(ascii: ";") {
            index += 1
            if index - start > 12 { throw error("unterminated entity") }
        }
        guard peek != nil else { throw error("unterminated entity") }
        let body = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
        index += 1
        switch body {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let code: UInt32?
            if body.hasPrefix("#x") { code = UInt32(body.dropFirst(2), radix: 16) } else if body.hasPrefix("#") { code = UInt32(body.dropFirst()) } else { code = nil }
            guard let code, let scalar = Unicode.Scalar(code) else { throw error("unknown entity &\(body);") }
            return String(Character(scalar))
        }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs, CR and LF. Read by Unicode scalar: as a
    /// `Character`, CR LF is one cluster equal to neither CR nor LF, and stayed.
    package func trimmingWhitespace() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard let first = unicodeScalars.firstIndex(where: { !isSpace($0) }), let last = unicodeScalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(unicodeScalars[first...last])
    }
}
