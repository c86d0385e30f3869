internal import Addresses

/// RFC 1035 messages: the query albdoctor sends and the parts of an answer it reads.
///
/// Pure value code, no I/O: `DNSResolver` moves the bytes.
public enum DNSMessage {
    /// The record types a probe asks for.
    public enum RecordType: UInt16, Sendable, Codable {
        case a = 1
        case cname = 5
        case aaaa = 28
    }

    /// One resource record of the answer section that albdoctor understands.
    public struct Record: Sendable, Hashable {
        public var name: String
        public var type: RecordType
        public var ttl: UInt32
        /// The address for A and AAAA (text form), the target name for CNAME.
        public var value: String
    }

    /// A decoded response.
    public struct Response: Sendable, Hashable {
        public var id: UInt16
        /// TC: the answer did not fit in UDP; ask again over TCP.
        public var truncated: Bool
        /// 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED, …
        public var responseCode: UInt8
        public var answers: [Record]
    }

    /// Why bytes are not a DNS response.
    public struct DecodingError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The query for `name` and `type` with recursion desired.
    public static func query(id: UInt16, name: String, type: RecordType) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xFF), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        for label in name.split(separator: ".") {
            let utf8 = Array(label.utf8.prefix(63))
            bytes.append(UInt8(utf8.count))
            bytes += utf8
        }
        bytes += [0, UInt8(type.rawValue >> 8), UInt8(type.rawValue & 0xFF), 0, 1]
        return bytes
    }

    /// Decodes a response; records of other types and classes are skipped.
    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> Response {
        var reader = Reader(bytes: bytes)
        let id = try reader.u16()
        let flags = try reader.u16()
        guard flags & 0x8000 != 0 else { throw DecodingError(description: "not a response (QR bit clear)") }
        let questions = try reader.u16()
        let answerCount = try reader.u16()
        _ = try reader.u16()
        _ = try reader.u16()
        for _ in 0..<questions {
            _ = try reader.name()
            _ = try reader.u16()
            _ = try reader.u16()
        }
        var answers: [Record] = []
        for _ in 0..<answerCount {
            let name = try reader.name()
            let type = try reader.u16()
            let recordClass = try reader.u16()
            let ttl = try reader.u32()
            let length = Int(try reader.u16())
            let start = reader.offset
            guard start + length <= bytes.count else { throw DecodingError(description: "record data runs past the end of the message") }
            defer { reader.offset = start + length }
            guard recordClass == 1, let recordType = RecordType(rawValue: type) else { continue }
            let value: String
            switch recordType {
            case .a:
                guard length == 4 else { throw DecodingError(description: "A record of \(length) bytes") }
                value = bytes[start..<start + 4].map(String.init).joined(separator: ".")
            case .aaaa:
                guard length == 16 else { throw DecodingError(description: "AAAA record of \(length) bytes") }
                value = IPv6Network.addressText(bytes: bytes[start..<start + 16])
            case .cname:
                value = try reader.name()
            }
            answers.append(Record(name: name, type: recordType, ttl: ttl, value: value))
        }
        return Response(id: id, truncated: flags & 0x0200 != 0, responseCode: UInt8(flags & 0x000F), answers: answers)
    }

    /// A cursor over the message that follows compression pointers.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func u16() throws(DecodingError) -> UInt16 {
            guard offset + 2 <= bytes.count else { throw DecodingError(description: "message ends at byte \(offset), expected 2 more") }
            defer { offset += 2 }
            return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
        }

        mutating func u32() throws(DecodingError) -> UInt32 {
            UInt32(try u16()) << 16 | UInt32(try u16())
        }

        mutating func name() throws(DecodingError) -> String {
            var labels: [String] = []
            var position = offset
            var jumped = false
            var jumps = 0
            while true {
                guard position < bytes.count else { throw DecodingError(description: "name runs past the end of the message") }
                let length = Int(bytes[position])
                if length & 0xC0 == 0xC0 {
                    guard position + 1 < bytes.count else { throw DecodingError(description: "truncated compression pointer") }
                    jumps += 1
                    guard jumps < 64 else { throw DecodingError(description: "compression pointer loop") }
                    if !jumped { offset = position + 2 }
                    jumped = true
                    position = (length & 0x3F) << 8 | Int(bytes[position + 1])
                    continue
                }
                if length == 0 {
                    if !jumped { offset = position + 1 }
                    break
                }
                guard position + 1 + length <= bytes.count else { throw DecodingError(description: "label runs past the end of the message") }
                labels.append(String(decoding: bytes[position + 1...position + length], as: UTF8.self))
                position += 1 + length
            }
            return labels.joined(separator: ".")
        }
    }
}
