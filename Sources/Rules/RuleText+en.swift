internal import Topology

extension RuleText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .nodeUnreachable(let node, let loadBalancer, let subnet, let zone, let table, let problem):
            "\(node) is \(loadBalancer)'s node in \(subnet) (\(zone ?? "unknown AZ")), which uses \(table.displayName) that \(problem.english): clients that resolve this address hang until their connect timeout."
        case .subnetUnreachable(let subnet, let zone, let table, let problem, let loadBalancer, let nodes):
            "\(subnet) (\(zone ?? "unknown AZ")) uses \(table.displayName), which \(problem.english), so the node of internet-facing \(loadBalancer) in it is unreachable: \(nodes > 1 ? "about 1 in \(nodes) of its addresses" : "its only address") will hang for the clients that pick it."
        case .canReachInternet(let subnet): "subnet \(subnet) can reach the internet"
        case .farSideUnknown(let table, let target, let source):
            "\(table.displayName) sends 0.0.0.0/0 to \(target), whose far side (a central inspection or egress VPC, and the transit gateway's route tables) is not in the \(Self.farSide(source)), so the way back from the internet cannot be followed"
        case .giveSubnetPublicRouteTable: "Give the subnet a route table with a default route to an attached internet gateway."
        case .noConnectionLogs(let loadBalancer):
            "\(loadBalancer) has no connection logs, so TLS handshakes that fail leave no trace: access logs only record requests that completed one."
        case .hasConnectionLogs(let loadBalancer): "\(loadBalancer) has connection logs"
        case .tagPrivateInstead(let tag): "\nIf the subnet is meant to be private, tag it \(tag) = 1 instead."
        }
    }

    /// Where what lies behind a transit gateway is missing from.
    private static func farSide(_ source: Topology.Source) -> String {
        switch source {
        case .templates: "deployment"
        case .account: "account as albdoctor reads it"
        case .terraform: "configuration"
        }
    }
}

extension RouteProblem {
    /// The English of every entry.
    var english: String {
        switch self {
        case .missing(let destination): "has no \(destination) route to an internet gateway"
        case .noRoute(let destination): "has no \(destination) route"
        case .elsewhere(let destination, let target): "sends \(destination) to \(RouteTargetName.of(target).english), which carries no inbound traffic from the internet"
        }
    }
}

extension RouteTargetName {
    /// The English of every entry: "NAT gateway nat-0abc".
    var english: String {
        switch self {
        case .of(let target): target.description
        }
    }
}

extension RouteTableName {
    /// The English of every entry.
    var english: String {
        switch self {
        case .of(let table): table.displayName
        case .used(let table, let explicitly): table.displayName + (explicitly ? " (explicit association)" : "")
        }
    }
}
