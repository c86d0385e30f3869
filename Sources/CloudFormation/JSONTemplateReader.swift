internal import Findings

/// Reads a JSON template into `TemplateNode`s with line/column marks, which Foundation's
/// JSON parser does not give. Strict RFC 8259; errors say what was expected and where.
struct JSONTemplateReader {
    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    static func read(_ text: String, file: String) throws(TemplateError) -> TemplateNode {
        var reader = JSONTemplateReader(bytes: Array(text.utf8), file: file)
        reader.skipWhitespace()
        let node = try reader.value()
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw reader.error(.endOfDocument) }
        return node
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var here: Location { Location(file: file, line: line, column: column) }

    /// The character at the cursor, nil at the end of the file.
    private var found: String? { index < bytes.count ? String(decoding: [bytes[index]], as: UTF8.self) : nil }

    private func error(_ expected: JSONExpectation) -> TemplateError {
        .syntax(.json(expected: expected, found: found), at: here)
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
    }

    private mutating func expect(_ byte: UInt8, _ what: JSONExpectation) throws(TemplateError) {
        guard index < bytes.count, bytes[index] == byte else { throw error(what) }
        advance()
    }

    private mutating func value() throws(TemplateError) -> TemplateNode {
        let start = here
        guard index < bytes.count else { throw error(.value) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return TemplateNode(kind: .scalar(try string()), location: start)
        case UInt8(ascii: "t"): try literal("true"); return TemplateNode(kind: .scalar("true"), location: start)
        case UInt8(ascii: "f"): try literal("false"); return TemplateNode(kind: .scalar("false"), location: start)
        case UInt8(ascii: "n"): try literal("null"); return TemplateNode(kind: .null, location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return TemplateNode(kind: .scalar(try number()), location: start)
        default: throw error(.valueOfAnyKind)
        }
    }

    private mutating func literal(_ word: String) throws(TemplateError) {
        for byte in word.utf8 { try expect(byte, .literal(word: word)) }
    }

    private mutating func number() throws(TemplateError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { advance() }
        func digits(_ reader: inout JSONTemplateReader) -> Int {
            var count = 0
            while reader.index < reader.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index]) {
                reader.advance()
                count += 1
            }
            return count
        }
        guard digits(&self) > 0 else { throw error(.digit) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            advance()
            guard digits(&self) > 0 else { throw error(.digitAfterDecimalPoint) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            advance()
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { advance() }
            guard digits(&self) > 0 else { throw error(.exponent) }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws(TemplateError) -> String {
        try expect(UInt8(ascii: "\""), .openingQuote)
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll(keepingCapacity: true)
        }
        while true {
            guard index < bytes.count else { throw error(.closingQuote) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                advance()
                break
            }
            if byte < 0x20 { throw error(.escapedControlCharacter) }
            if byte != UInt8(ascii: "\\") {
                run.append(byte)
                advance()
                continue
            }
            advance()
            guard index < bytes.count else { throw error(.escapeSequence) }
            let escape = bytes[index]
            advance()
            switch escape {
            case UInt8(ascii: "\""): run.append(0x22)
            case UInt8(ascii: "\\"): run.append(0x5C)
            case UInt8(ascii: "/"): run.append(0x2F)
            case UInt8(ascii: "b"): run.append(0x08)
            case UInt8(ascii: "f"): run.append(0x0C)
            case UInt8(ascii: "n"): run.append(0x0A)
            case UInt8(ascii: "r"): run.append(0x0D)
            case UInt8(ascii: "t"): run.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    try expect(UInt8(ascii: "\\"), .lowSurrogate)
                    try expect(UInt8(ascii: "u"), .lowSurrogate)
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error(.lowSurrogate) }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error(.validCodePoint) }
                flush()
                scalars.append(scalar)
            default:
                throw error(.knownEscape)
            }
        }
        flush()
        return String(scalars)
    }

    private mutating func hex4() throws(TemplateError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else { throw error(.fourHexadecimalDigits) }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func nest() throws(TemplateError) {
        depth += 1
        guard depth <= 512 else { throw TemplateError.syntax(.jsonTooDeep(levels: 512, found: found), at: here) }
    }

    private mutating func array() throws(TemplateError) -> TemplateNode {
        let start = here
        try nest()
        advance()
        var items: [TemplateNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            advance()
        } else {
            while true {
                skipWhitespace()
                items.append(try value())
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "]"), .arraySeparator)
                break
            }
        }
        depth -= 1
        return TemplateNode(kind: .sequence(items), location: start)
    }

    private mutating func object() throws(TemplateError) -> TemplateNode {
        let start = here
        try nest()
        advance()
        var entries: [TemplateNode.Entry] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            advance()
        } else {
            while true {
                skipWhitespace()
                let keyLocation = here
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error(.quotedKey) }
                let key = try string()
                if entries.contains(where: { $0.key == key }) {
                    throw TemplateError.syntax(.jsonDuplicateKey(key: key), at: keyLocation)
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"), .colonAfterKey)
                skipWhitespace()
                entries.append(.init(key: key, keyLocation: keyLocation, value: try value()))
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "}"), .objectSeparator)
                break
            }
        }
        depth -= 1
        return TemplateNode(kind: .mapping(entries), location: start)
    }
}
