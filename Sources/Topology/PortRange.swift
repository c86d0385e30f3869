/// An inclusive range of ports with the IP protocol it applies to, as security groups and
/// network ACL entries state them.
public struct PortRange: Sendable, Hashable, CustomStringConvertible {
    /// `-1` (all), `6` (tcp), `17` (udp), `1` (icmp) or another protocol number.
    public var ipProtocol: Int
    public var from: Int
    public var to: Int

    public init(ipProtocol: Int, from: Int, to: Int) {
        self.ipProtocol = ipProtocol
        self.from = from
        self.to = to
    }

    /// Every protocol and port.
    public static let all = PortRange(ipProtocol: -1, from: 0, to: 65535)

    /// Parses the protocol as AWS accepts it: a name (`tcp`, `udp`, `icmp`, `icmpv6`, `all`) or a number.
    public static func protocolNumber(_ text: String) -> Int? {
        switch text.lowercased() {
        case "-1", "all": -1
        case "tcp": 6
        case "udp": 17
        case "icmp": 1
        case "icmpv6", "58": 58
        default: Int(text)
        }
    }

    /// Whether it admits every TCP port in `ports`.
    public func coversTCP(_ ports: ClosedRange<Int>) -> Bool {
        if ipProtocol == -1 { return true }
        return ipProtocol == 6 && from <= ports.lowerBound && to >= ports.upperBound
    }

    public var description: String {
        let name = switch ipProtocol {
        case -1: "all"
        case 6: "tcp"
        case 17: "udp"
        case 1: "icmp"
        default: "proto \(ipProtocol)"
        }
        if ipProtocol == -1 { return "all traffic" }
        return from == to ? "\(name)/\(from)" : "\(name)/\(from)-\(to)"
    }
}
