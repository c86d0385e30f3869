@testable import ALBLogs
import Testing

/// The per-line shortcuts (fields found eight bytes at a time, the remembered minute, IPv4 read
/// in one pass) give what the plain reading gives, on the edges where shortcuts go wrong.
@Suite struct HotPathTests {
    /// Fields of every length around the eight-byte steps, single and repeated spaces, a quoted
    /// field with spaces and an escaped quote: the fields a plain split finds.
    @Test func tokenizerFindsEveryFieldAtEveryLength() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let fields = (0..<Int.random(in: 1...20, using: &generator)).map { _ in
                String(repeating: "x", count: Int.random(in: 1...19, using: &generator))
            }
            let separators = fields.dropLast().map { _ in Bool.random(using: &generator) ? " " : "  " }
            var line = ""
            for (index, field) in fields.enumerated() { line += field + (index < separators.count ? separators[index] : "") }
            #expect(tokenize(line) == fields, "line: \(line)")
        }
        #expect(tokenize(#"a "b c \" d" e"#) == ["a", #"b c \" d"#, "e"])
        #expect(tokenize("12345678 123456789 1234567") == ["12345678", "123456789", "1234567"])
    }

    /// Quoted fields of every length around the eight- and sixteen-byte steps (where the search
    /// for the closing quote hands over to memchr), with spaces and escaped quotes anywhere in
    /// them, and one left open: the fields a careful reading finds.
    @Test func quotedFieldsEndAtTheirClosingQuoteAtEveryLength() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["x", " ", #"\""#, #"\\"#]
        for _ in 0..<2_000 {
            let inside = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces[Int.random(in: 0..<4, using: &generator)] }.joined()
            let tail = String(repeating: "y", count: Int.random(in: 1...20, using: &generator))
            #expect(tokenize("a \"\(inside)\" \(tail) -") == ["a", inside, tail, "-"], "inside: \(inside)")
        }
        var tokenizer = FieldTokenizer()
        let open = Array(#"a "never closed \" at all"#.utf8)
        #expect(!open.withUnsafeBufferPointer { tokenizer.tokenize($0, from: 0, to: $0.count) })
    }

    func tokenize(_ line: String) -> [String] {
        var tokenizer = FieldTokenizer()
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            _ = tokenizer.tokenize(buffer, from: 0, to: buffer.count)
            return (0..<tokenizer.count).map { buffer.string(from: tokenizer.starts[$0], to: tokenizer.ends[$0]) }
        }
    }

    /// A run of lines through one reader: each time as the stateless parser reads it, including
    /// a bad second or fraction after a remembered minute and a bad minute between good ones.
    @Test func rememberedMinuteReadsLikeTheFullParse() {
        let times = [
            "2025-12-25T23:45:50.036400Z", "2025-12-25T23:45:51.000001Z", "2025-12-25T23:45:99.000000Z",
            "2025-12-25T23:45:5x.000000Z", "2025-12-25T23:45:52Z", "2025-12-25T23:46:00.000000Z",
            "2025-12-25T23:61:00.000000Z", "2025-12-25T23:61:00.000000Z", "2025-12-25T23:46:01.5Z",
            "2025-12-26T00:00:00.000000Z", "2025-12-26T00:00:00.000000", "2025-13-26T00:00:00.000000Z", "2025-02-29T00:00:00.000000Z",
            "2024-02-29T00:00:00.000000Z", "short",
        ]
        var reader = Timestamp.Reader()
        for text in times {
            let bytes = Array(text.utf8)
            let remembered = bytes.withUnsafeBufferPointer { reader.parse($0, from: 0, to: $0.count) }
            #expect(remembered == Timestamp.parse(text), "\(text)")
        }
        #expect(Timestamp.parse("2025-12-25T23:45:99.000000Z") == nil)
        #expect(Timestamp.parse("2025-12-25T23:61:00.000000Z") == nil)
        #expect(Timestamp.parse("2025-02-29T00:00:00.000000Z") == nil)
        #expect(Timestamp.parse("2100-02-29T00:00:00.000000Z") == nil)
        #expect(Timestamp.parse("2000-02-29T00:00:00.000000Z") != nil)
    }

    /// Six fraction digits (what ALB writes) are read as a block: every microsecond of random
    /// times reads back what the formatter printed, trailing zeros cut off read the same through
    /// the general path, and a bad byte anywhere in the six digits is no time.
    @Test func sixDigitFractionsReadLikeTheGeneralPath() throws {
        for _ in 0..<2_000 {
            let micros = Int64.random(in: 0..<4_102_444_800_000_000)
            let text = Timestamp.format(micros)
            #expect(Timestamp.parse(text) == micros, "\(text)")
            var short = String(text.dropLast())
            while short.hasSuffix("0") { short.removeLast() }
            if short.hasSuffix(".") { short.removeLast() }
            #expect(Timestamp.parse(short + "Z") == micros, "\(short)Z")
        }
        for position in 20..<26 {
            var bytes = Array("2025-12-25T23:45:50.036400Z".utf8)
            bytes[position] = UInt8(ascii: "x")
            #expect(Timestamp.parse(String(decoding: bytes, as: UTF8.self)) == nil)
        }
    }

    @Test(arguments: [
        ("0.0.0.0", true), ("255.255.255.255", true), ("10.77.2.2", true), ("010.000.001.021", true),
        ("256.1.1.1", false), ("1.2.3", false), ("1.2.3.4.5", false), ("1..2.3", false), ("1234.1.1.1", false),
        (".1.2.3", false), ("1.2.3.", false), ("1.2.3.4 ", false), ("2001:db8::1", false), ("", false),
    ])
    func ipv4OnlyWhenFourOctets(text: String, isIPv4: Bool) {
        let address = ClientAddress(text)
        if address.ipv4Value != nil { #expect(isIPv4, "\(text) read as IPv4") } else { #expect(!isIPv4, "\(text) not read as IPv4") }
        #expect(address.description == text || isIPv4)
    }

    /// Trace ids read eight digits at a time: every lowercase hex id packs and prints back the
    /// same; a byte just outside a digit range, at any place, keeps the id as text.
    @Test func traceIDsPackOnlyLowercaseHex() {
        let digits = Array("0123456789abcdef")
        for _ in 0..<500 {
            let text = "TID_" + String((0..<32).map { _ in digits.randomElement()! })
            guard case .packed = TraceID(text) else { Issue.record("\(text) not packed"); continue }
            #expect(TraceID(text)?.description == text)
        }
        let base = Array("TID_0123456789abcdef0123456789abcdef".utf8)
        for position in 4..<36 {
            for byte: UInt8 in [0x2F, 0x3A, 0x40, 0x41, 0x46, 0x60, 0x67, 0xB0, 0xE6] {
                var bytes = base
                bytes[position] = byte
                let id = bytes.withUnsafeBufferPointer { TraceID($0, from: 0, to: $0.count) }
                guard case .text = id else { Issue.record("byte \(byte) at \(position) packed"); continue }
            }
        }
    }

    @Test func ipv4ValueAndText() {
        #expect(ClientAddress("10.77.2.2") == .ipv4(0x0A4D_0202))
        #expect(ClientAddress("010.000.001.021").description == "10.0.1.21")
    }
}
