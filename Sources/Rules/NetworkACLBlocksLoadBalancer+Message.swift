internal import Localization

extension NetworkACLBlocksLoadBalancer {
    /// The messages of ALB007, by typed key. English in `NetworkACLBlocksLoadBalancer+Message+en.swift`,
    /// Japanese in `NetworkACLBlocksLoadBalancer+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// A network ACL on some of the load balancer's subnets denies traffic the clients need
        /// (`ports`: the TCP port or range denied, as `443` or `1024–65535`).
        case denies(acl: String, subnets: [String], ipv6: Bool, traffic: Traffic, ports: String, by: DeniedBy, loadBalancer: String)

        // What ALB007 could not verify.
        /// That the network ACLs allow a listener's port.
        case allowListenerPort(loadBalancer: String, listener: String)
        /// That a subnet's network ACL lets the clients through.
        case letsClientsThrough(subnet: String)
        /// That a network ACL allows some traffic.
        case allows(acl: String, traffic: Traffic)
        /// That IPv6 clients get through a network ACL.
        case ipv6ClientsGetThrough(loadBalancer: String, acl: String)

        // Why; each `reason` is the model's.
        /// The listener's port is unknown.
        case portUnknown(reason: LocalizedText)
        /// The network ACL denies IPv6 traffic, and whether the load balancer has IPv6 clients is unknown.
        case deniesIPv6ToClientsOfUnknownType(traffic: Traffic, reason: LocalizedText)
    }
}

extension NetworkACLBlocksLoadBalancer.Message {
    /// The traffic a network ACL must allow for the clients of a load balancer.
    enum Traffic: CatalogEntry {
        /// A listener's port, inbound.
        case listenerPortInbound(Int)
        /// The ephemeral ports 1024–65535 the replies go to, outbound.
        case ephemeralPortsOutbound
    }

    /// What in a network ACL denies the traffic.
    enum DeniedBy: CatalogEntry {
        /// An entry, by rule number (nil when unknown) and resource name when it has one.
        case entry(number: Int?, name: String?)
        /// The `*` rule that ends every network ACL.
        case implicitLastRule
    }
}
