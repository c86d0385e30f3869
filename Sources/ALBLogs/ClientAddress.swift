public import Addresses

/// A client's address as a log line gives it: an IP address, read without allocating for IPv4
/// (the common case on the hot path), or the text as written when it is not one.
public enum ClientAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    case ip(IPAddress)
    case other(String)

    /// An IPv4 client from its 32 bits.
    public static func ipv4(_ value: UInt32) -> ClientAddress { .ip(IPAddress(ipv4: value)) }

    /// The IPv4 address's 32 bits; nil for any other client.
    public var ipv4Value: UInt32? {
        guard case .ip(let address) = self else { return nil }
        return address.ipv4Value
    }

    /// Parses `a.b.c.d` or an IPv6 address, or keeps any other text as is.
    public init(_ text: String) {
        var utf8 = Array(text.utf8)
        self = utf8.withUnsafeMutableBufferPointer { ClientAddress(bytes: UnsafeBufferPointer($0), from: 0, to: $0.count) }
    }

    /// Parses the address in `bytes[from..<to]`: four dot-separated octets of one to three digits
    /// each make an IPv4 address; anything else is an IPv6 address or kept as text.
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
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            self = IPAddress(text).map(ClientAddress.ip) ?? .other(text)
        }
    }

    public var description: String {
        switch self {
        case .ip(let address): address.text
        case .other(let text): text
        }
    }

    public static func < (lhs: ClientAddress, rhs: ClientAddress) -> Bool {
        switch (lhs, rhs) {
        case (.ip(let a), .ip(let b)): a < b
        case (.ip, .other): true
        case (.other, .ip): false
        case (.other(let a), .other(let b)): a < b
        }
    }
}
