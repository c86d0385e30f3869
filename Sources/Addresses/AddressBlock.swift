/// An IPv4 or IPv6 CIDR block, as routes, ACL entries and security-group rules name them.
public enum AddressBlock: Sendable, Hashable, CustomStringConvertible {
    case ipv4(IPv4Network)
    case ipv6(IPv6Network)

    /// Parses either family.
    public init?(_ text: String) {
        if let v4 = IPv4Network(text) {
            self = .ipv4(v4)
        } else if let v6 = IPv6Network(text) {
            self = .ipv6(v6)
        } else {
            return nil
        }
    }

    /// Whether this is `0.0.0.0/0` or `::/0`.
    public var isAnyAddress: Bool { prefixLength == 0 }

    public var prefixLength: Int {
        switch self {
        case .ipv4(let block): block.prefixLength
        case .ipv6(let block): block.prefixLength
        }
    }

    /// Whether `other`, of the same family, lies wholly inside this block.
    public func contains(_ other: AddressBlock) -> Bool {
        switch (self, other) {
        case (.ipv4(let block), .ipv4(let inner)): block.contains(inner)
        case (.ipv6(let block), .ipv6(let inner)): block.contains(inner)
        default: false
        }
    }

    /// Whether `address` lies inside this block (false for the other family).
    public func contains(_ address: IPAddress) -> Bool {
        switch self {
        case .ipv4(let block): block.contains(address)
        case .ipv6(let block): block.contains(address)
        }
    }

    public var isIPv6: Bool {
        if case .ipv6 = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .ipv4(let block): block.description
        case .ipv6(let block): block.description
        }
    }
}
