/// An IPv4 or IPv6 address: parsed once from text (or bytes), compared as numbers, printed in
/// canonical form (dotted quad; RFC 5952 for IPv6). JSON holds it as that text.
public struct IPAddress: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public enum Family: String, Sendable, Codable { case ipv4, ipv6 }

    public let family: Family
    /// The high 64 bits of an IPv6 address; 0 for IPv4.
    public let high: UInt64
    /// The low 64 bits of an IPv6 address, or the IPv4 address in its low 32 bits.
    public let low: UInt64

    /// An IPv4 address from its 32 bits.
    public init(ipv4 value: UInt32) {
        family = .ipv4
        high = 0
        low = UInt64(value)
    }

    /// An IPv6 address from its two halves.
    public init(ipv6High high: UInt64, low: UInt64) {
        family = .ipv6
        self.high = high
        self.low = low
    }

    /// Parses an IPv4 dotted quad or an IPv6 address in any RFC 4291 text form (`::`
    /// compression, a trailing dotted quad), without brackets or zone; nil if it is neither.
    public init?(_ text: some StringProtocol) {
        if let value = IPv4Network.parseAddress(Substring(text)) {
            self.init(ipv4: value)
        } else if let (high, low) = IPv6Network.parseAddress(Substring(text)) {
            self.init(ipv6High: high, low: low)
        } else {
            return nil
        }
    }

    /// The IPv4 address's 32 bits; nil for IPv6.
    public var ipv4Value: UInt32? { family == .ipv4 ? UInt32(truncatingIfNeeded: low) : nil }

    /// Canonical text: dotted quad, or RFC 5952 for IPv6.
    public var text: String {
        switch family {
        case .ipv4: IPv4Network.addressText(UInt32(truncatingIfNeeded: low))
        case .ipv6: IPv6Network.addressText(high: high, low: low)
        }
    }

    public var description: String { text }

    /// IPv4 before IPv6, then by value.
    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        if lhs.family != rhs.family { return lhs.family == .ipv4 }
        return (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let address = IPAddress(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an IP address"))
        }
        self = address
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
