internal import Localization
internal import Topology

extension ScopeText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .loadBalancer(let name, let check): "\(name) \(check.english)"
        case .everySubnet(let name, let check): "every subnet of \(name) \(check.english)"
        case .schemeUnknown(let reason): "its scheme is unknown (\(reason.english))"
        case .kindUnknown(let reason, let kinds):
            "its type is unknown (\(reason.english)), and the rule applies to \(kinds.map(\.rawValue).sorted().joined(separator: " and ")) load balancers only"
        case .ipAddressTypeUnknown(let reason): "its IP address type is unknown (\(reason.english))"
        case .subnetsUnknown(let reason): "its subnets are unknown (\(reason.english))"
        }
    }
}

extension ScopeText.Check {
    /// What is checked, after the name of a load balancer (or "every subnet of" it).
    var english: String {
        switch self {
        case .canReachInternet: "can reach the internet"
        case .canReachIPv6Internet: "can reach the IPv6 internet"
        case .isInspectedBothWays: "is inspected both ways"
        case .hasConnectionLogs: "has connection logs"
        case .hasLargeEnoughSubnets: "has subnets of /27 or larger"
        case .spansTwoZones: "spans two Availability Zones"
        case .isNotBlockedByNetworkACL: "is not blocked by a network ACL"
        case .admitsClients: "admits clients"
        }
    }
}
