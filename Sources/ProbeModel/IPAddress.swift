internal import Topology
internal import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address in canonical text form.
public struct IPAddress: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public enum Family: String, Sendable, Codable { case ipv4, ipv6 }

    public let family: Family
    /// Canonical text: dotted quad, or RFC 5952 for IPv6.
    public let text: String

    /// Parses an IPv4 or IPv6 literal (no brackets, no zone); nil if it is neither.
    public init?(_ text: String) {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            family = .ipv4
            self.text = withUnsafeBytes(of: &v4) { $0.map(String.init).joined(separator: ".") }
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            family = .ipv6
            self.text = withUnsafeBytes(of: &v6) { IPv6Network.addressText(bytes: $0) }
            return
        }
        return nil
    }

    public var description: String { text }

    /// IPv4 before IPv6, then by text.
    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        if lhs.family != rhs.family { return lhs.family == .ipv4 }
        return lhs.text.compare(rhs.text, options: .numeric) == .orderedAscending
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
