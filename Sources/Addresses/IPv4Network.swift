/// An IPv4 CIDR block such as `10.0.1.0/24`.
public struct IPv4Network: Sendable, Hashable, CustomStringConvertible {
    /// The network address, host bits cleared.
    public let address: UInt32
    /// Prefix length, 0…32.
    public let prefixLength: Int

    /// The block of every IPv4 address, `0.0.0.0/0`.
    public static let any = IPv4Network(address: 0, prefixLength: 0)

    public init(address: UInt32, prefixLength: Int) {
        precondition((0...32).contains(prefixLength), "prefix length out of range")
        self.prefixLength = prefixLength
        self.address = address & IPv4Network.mask(prefixLength)
    }

    /// Parses `a.b.c.d/n`; a bare address is a /32. Returns nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPv4Network.parseAddress(parts[0]) else { return nil }
        var prefix = 32
        if parts.count == 2 {
            guard let value = Int(parts[1]), (0...32).contains(value) else { return nil }
            prefix = value
        }
        self.init(address: address, prefixLength: prefix)
    }

    /// Parses a dotted-quad address.
    public static func parseAddress(_ text: Substring) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy({ $0.isASCII && $0.isNumber }), let byte = UInt8(octet) else { return nil }
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    /// The number of addresses in the block.
    public var size: UInt64 { 1 << UInt64(32 - prefixLength) }

    /// Whether `other` lies wholly inside this block.
    public func contains(_ other: IPv4Network) -> Bool {
        other.prefixLength >= prefixLength && other.address & IPv4Network.mask(prefixLength) == address
    }

    /// The first `count` consecutive blocks with `hostBits` host bits inside this one —
    /// what `Fn::Cidr` returns. Nil when they do not fit.
    public func subdivide(count: Int, hostBits: Int) -> [IPv4Network]? {
        let newPrefix = 32 - hostBits
        guard count >= 1, hostBits >= 0, newPrefix >= prefixLength, newPrefix <= 32 else { return nil }
        guard UInt64(count) <= UInt64(1) << UInt64(newPrefix - prefixLength) else { return nil }
        let step = UInt64(1) << UInt64(hostBits)
        return (0..<count).map { IPv4Network(address: UInt32(UInt64(address) + UInt64($0) * step), prefixLength: newPrefix) }
    }

    /// Whether `address` (IPv4) lies inside this block.
    public func contains(_ address: IPAddress) -> Bool {
        address.ipv4Value.map { contains(IPv4Network(address: $0, prefixLength: 32)) } ?? false
    }

    public var description: String { Self.addressText(address) + "/\(prefixLength)" }

    /// The dotted quad of an address.
    public static func addressText(_ address: UInt32) -> String {
        [24, 16, 8, 0].map { String((address >> UInt32($0)) & 0xFF) }.joined(separator: ".")
    }

    private static func mask(_ prefix: Int) -> UInt32 {
        prefix == 0 ? 0 : UInt32.max << UInt32(32 - prefix)
    }
}
