/// A client's IP address, compact for IPv4 (the common case on the hot path).
public enum ClientAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    case ipv4(UInt32)
    case other(String)

    /// Parses `a.b.c.d`, or keeps any other text (IPv6) as is.
    public init(_ text: String) {
        var utf8 = Array(text.utf8)
        self = utf8.withUnsafeMutableBufferPointer { ClientAddress(bytes: UnsafeBufferPointer($0), from: 0, to: $0.count) }
    }

    /// Parses the address in `bytes[from..<to]`: four dot-separated octets of one to three digits
    /// each make an IPv4 address; anything else is kept as text.
    init(bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        var value: UInt32 = 0
        var index = from
        var valid = true
        for part in 0..<4 {
            var octet: UInt32 = 0
            let first = index
            // Wrapping arithmetic: at most four digits are read, so nothing can overflow.
            while index < to && index &- first < 4 {
                let digit = bytes[index] &- 48
                guard digit < 10 else { break }
                octet = octet &* 10 &+ UInt32(digit)
                index &+= 1
            }
            let digits = index &- first
            guard digits > 0 && digits <= 3 && octet <= 255 else { valid = false; break }
            value = value << 8 | octet
            if part < 3 {
                guard index < to && bytes[index] == 46 else { valid = false; break }
                index &+= 1
            }
        }
        if valid && index == to {
            self = .ipv4(value)
        } else {
            self = .other(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
        }
    }

    public var description: String {
        switch self {
        case .ipv4(let value): "\(value >> 24).\((value >> 16) & 0xFF).\((value >> 8) & 0xFF).\(value & 0xFF)"
        case .other(let text): text
        }
    }

    public static func < (lhs: ClientAddress, rhs: ClientAddress) -> Bool {
        switch (lhs, rhs) {
        case (.ipv4(let a), .ipv4(let b)): a < b
        case (.ipv4, .other): true
        case (.other, .ipv4): false
        case (.other(let a), .other(let b)): a < b
        }
    }
}
