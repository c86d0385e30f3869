internal import Localization
internal import Topology

/// The notes every rule shares when a load balancer it looks at cannot be resolved (its
/// scheme, kind, address type or subnets unknown), by typed key. English in
/// `ScopeText+en.swift`, Japanese in `ScopeText+ja.swift`.
enum ScopeText: CatalogEntry {
    // What could not be verified
    /// What the rule checks of a load balancer, named.
    case loadBalancer(String, Check)
    /// The same of every subnet of a load balancer, named (one of them is not in the model).
    case everySubnet(of: String, Check)

    // Why
    /// The load balancer's scheme (internet-facing or internal) is unknown, with the model's reason.
    case schemeUnknown(reason: LocalizedText)
    /// Its type is unknown, and the rule applies to some types only.
    case kindUnknown(reason: LocalizedText, ruleKinds: Set<LoadBalancer.Kind>)
    /// Its IP address type is unknown.
    case ipAddressTypeUnknown(reason: LocalizedText)
    /// Its subnets are unknown.
    case subnetsUnknown(reason: LocalizedText)

    /// What a rule checks of every load balancer it looks at, as its notes say it.
    enum Check: Sendable, CaseIterable {
        /// ALB001: every subnet has a default route to an attached internet gateway.
        case canReachInternet
        /// ALB002: the same for ::/0.
        case canReachIPv6Internet
        /// ALB013: the way back goes through the endpoint the way out does.
        case isInspectedBothWays
        /// ALB012: connection logs are on.
        case hasConnectionLogs
        /// ALB005: subnets of /27 or larger.
        case hasLargeEnoughSubnets
        /// ALB004: subnets in two Availability Zones.
        case spansTwoZones
        /// ALB007: no network ACL denies clients or replies.
        case isNotBlockedByNetworkACL
        /// ALB008: a security group admits clients.
        case admitsClients
    }
}
