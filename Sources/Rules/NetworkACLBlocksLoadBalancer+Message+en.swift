internal import Localization

extension NetworkACLBlocksLoadBalancer.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .denies(let acl, let subnets, let ipv6, let traffic, let ports, let by, let loadBalancer):
            "Network ACL \(acl) on \(subnets.joined(separator: ", ")) denies \(ipv6 ? "IPv6 " : "")\(traffic.english) (TCP \(ports), by \(by.english)), so clients of \(loadBalancer) that pick \(subnets.count == 1 ? "that node" : "those nodes") hang."
        case .allowListenerPort(let loadBalancer, let listener): "the network ACLs of \(loadBalancer)'s subnets allow the port of \(listener)"
        case .letsClientsThrough(let subnet): "the network ACL of \(subnet) lets clients through"
        case .allows(let acl, let traffic): "\(acl) allows \(traffic.english)"
        case .ipv6ClientsGetThrough(let loadBalancer, let acl): "IPv6 clients of \(loadBalancer) get through \(acl)"
        case .portUnknown(let reason): "its port is unknown (\(reason.english))"
        case .deniesIPv6ToClientsOfUnknownType(let traffic, let reason):
            "it denies IPv6 \(traffic.english), and whether the load balancer has IPv6 clients is unknown: its IP address type is unknown (\(reason.english))"
        }
    }
}

extension NetworkACLBlocksLoadBalancer.Message.Traffic {
    /// The English of every entry.
    var english: String {
        switch self {
        case .listenerPortInbound(let port): "listener port \(port) inbound"
        case .ephemeralPortsOutbound: "ephemeral ports 1024–65535 outbound"
        }
    }
}

extension NetworkACLBlocksLoadBalancer.Message.DeniedBy {
    /// The English of every entry.
    var english: String {
        switch self {
        case .entry(let number, let name): "entry \(number.map(String.init) ?? "?")\(name.map { " (\($0))" } ?? "")"
        case .implicitLastRule: "its implicit last rule"
        }
    }
}
