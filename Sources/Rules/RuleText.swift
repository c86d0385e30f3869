public import Localization
public import Topology

/// The messages the rules write, by typed key. English in `RuleText+en.swift`, Japanese in
/// `RuleText+ja.swift`; a rule whose messages are not here yet writes English only.
enum RuleText: CatalogEntry {
    // ALB001
    /// A node's address in a subnet without an internet route.
    case nodeUnreachable(node: String, loadBalancer: String, subnet: String, zone: String?, table: RouteTable, problem: RouteProblem)
    /// A subnet without an internet route, when its node's address is not known.
    case subnetUnreachable(subnet: String, zone: String?, table: RouteTable, problem: RouteProblem, loadBalancer: String, nodes: Int)
    /// What ALB001 could not verify.
    case canReachInternet(subnet: String)
    /// Why: the default route goes to a transit gateway whose far side is not in what was read.
    case farSideUnknown(table: RouteTable, target: RouteTarget, source: Topology.Source)
    /// The fix when the subnet's VPC is unknown.
    case giveSubnetPublicRouteTable
    // ALB015
    /// The fix's alternative for a subnet meant to be private.
    case tagPrivateInstead(tag: String)
    // ALB012
    /// A load balancer without connection logs.
    case noConnectionLogs(loadBalancer: String)
    /// What ALB012 could not verify.
    case hasConnectionLogs(loadBalancer: String)
}

/// What is wrong with the default route of a subnet's route table.
enum RouteProblem: CatalogEntry {
    /// No default route to an internet gateway.
    case missing(destination: String)
    /// No default route at all, to any target (ALB002's wording).
    case noRoute(destination: String)
    /// The default route goes to a target that carries no inbound traffic from the internet.
    case elsewhere(destination: String, target: RouteTarget)
}

/// How the messages name where a route goes: its kind, in the language, and its id.
enum RouteTargetName: CatalogEntry {
    case of(RouteTarget)
}

/// How the messages name a route table.
enum RouteTableName: CatalogEntry {
    case of(RouteTable)
    /// As evidence shows it: marked when a subnet uses it by its own association.
    case used(RouteTable, explicitly: Bool)
}
