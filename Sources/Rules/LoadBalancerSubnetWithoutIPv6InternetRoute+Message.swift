internal import Localization
internal import Topology

extension LoadBalancerSubnetWithoutIPv6InternetRoute {
    /// The messages ALB002 writes, by typed key. English in `…+Message+en.swift`, Japanese in
    /// `…+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// A route table of a dualstack load balancer's subnets without `::/0` to an internet
        /// gateway: the subnets that use it, and what is wrong with its default route.
        case tableUnreachable(table: RouteTable, subnets: [String], loadBalancer: String, problem: RouteProblem)
        /// What ALB002 could not verify.
        case canReachIPv6Internet(subnet: String)
    }
}
