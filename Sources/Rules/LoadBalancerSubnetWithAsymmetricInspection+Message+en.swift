internal import Topology

extension LoadBalancerSubnetWithAsymmetricInspection.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .sendsThroughEndpoint(let route):
            "\(route.subnet) (\(route.zone ?? "unknown AZ")) of internet-facing \(route.loadBalancer) sends \(route.ipv6 ? "::/0" : "0.0.0.0/0") through \(route.endpoint)"
        case .repliesDropped(let ipv6):
            "so requests and replies of its node pass the firewall differently and the replies are dropped: clients that pick this node's \(ipv6 ? "IPv6 " : "")address time out"
        case .noEdgeRouteTable(let route, let gateway, let block):
            "\(Self.start(route)), but internet gateway \(gateway) has no edge route table to send \(block) back through it, \(Self.dropped(route))."
        case .noReturnRoute(let route, let gateway, let edge, let block):
            "\(Self.start(route)), but \(edge.displayName), the edge route table of \(gateway), has no route for \(block) back through it, \(Self.dropped(route))."
        case .crossedReturnRoute(let route, let gateway, let edge, let destination, let target):
            "\(Self.start(route)), but \(edge.displayName), the edge route table of \(gateway), sends \(destination) to \(target) instead, \(Self.dropped(route))."
        case .repliesReturnThroughEndpoint(let subnet, let endpoint, let ipv6):
            "\(ipv6 ? "IPv6 " : "")replies from \(subnet) return through \(endpoint), the endpoint its requests pass"
        case .endpointUser(let user): "\(user.subnet) of \(user.loadBalancer)"
        case .endpointSubnetGoesNowhere(let subnet, let zone, let endpoint, let users, let table, let destination, let target):
            "\(subnet) (\(zone ?? "unknown AZ")) holds an endpoint of \(endpoint) that \(users.map { Self.endpointUser($0).english }.joined(separator: " and ")) send their internet traffic through, but it uses \(table.displayName), which \(target.map { "sends \(destination) to \($0), not to an internet gateway" } ?? "has no \(destination) route to an internet gateway"), so what passes that endpoint goes nowhere: clients of the nodes behind it time out."
        case .endpointSubnetsReachInternet(let endpoint): "the subnets of \(endpoint) reach the internet"
        case .endpointSubnetReachesInternet(let subnet, let endpoint): "\(subnet) of \(endpoint) reaches the internet"
        }
    }

    /// The start of a sentence on the way back.
    private static func start(_ route: InspectedRoute) -> String { sendsThroughEndpoint(route).english }

    /// The end of a sentence on the way back.
    private static func dropped(_ route: InspectedRoute) -> String { repliesDropped(ipv6: route.ipv6).english }
}
