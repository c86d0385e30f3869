internal import Localization
internal import Topology

extension LoadBalancerSubnetWithAsymmetricInspection {
    /// The messages of ALB013, by typed key. English in
    /// `LoadBalancerSubnetWithAsymmetricInspection+Message+en.swift`, Japanese in `…+Message+ja.swift`.
    enum Message: CatalogEntry {
        // The way back through the endpoint: a sentence is `sendsThroughEndpoint`, what the edge
        // route table lacks, then `repliesDropped`; each language orders them its own way.
        /// Which subnet of which load balancer sends the internet through which endpoint.
        case sendsThroughEndpoint(InspectedRoute)
        /// What the asymmetry does to the clients of the subnet's node.
        case repliesDropped(ipv6: Bool)
        /// The internet gateway has no edge route table to send the subnet's block back.
        case noEdgeRouteTable(InspectedRoute, gateway: String, block: String)
        /// The gateway's edge route table has no route for the subnet's block.
        case noReturnRoute(InspectedRoute, gateway: String, edge: RouteTable, block: String)
        /// The gateway's edge route table sends the subnet's block (`destination`) to another target.
        case crossedReturnRoute(InspectedRoute, gateway: String, edge: RouteTable, destination: String, target: String)
        /// What ALB013 could not verify: replies from the subnet return through its endpoint.
        case repliesReturnThroughEndpoint(subnet: String, endpoint: String, ipv6: Bool)

        // The endpoints' own subnets
        /// A load balancer's subnet that sends its internet traffic through an endpoint, as the
        /// finding lists them.
        case endpointUser(EndpointUser)
        /// An endpoint's subnet (in a zone, nil when unknown) whose route table does not send
        /// `destination` to an internet gateway: it has no such route (`target` nil), or sends it
        /// to `target`.
        case endpointSubnetGoesNowhere(
            subnet: String, zone: String?, endpoint: String, users: [EndpointUser], table: RouteTable, destination: String, target: String?)
        /// What ALB013 could not verify: the subnets of an endpoint (a firewall's, a Gateway Load
        /// Balancer endpoint's) reach the internet.
        case endpointSubnetsReachInternet(endpoint: String)
        /// The same of one of them.
        case endpointSubnetReachesInternet(subnet: String, endpoint: String)
    }
}

extension LoadBalancerSubnetWithAsymmetricInspection.Message {
    /// A load balancer's subnet whose default route goes through an inspection endpoint.
    struct InspectedRoute: Sendable {
        var subnet: String
        /// The subnet's Availability Zone, nil when unknown.
        var zone: String?
        var loadBalancer: String
        /// The endpoint, as its route target reads (`Network Firewall endpoint Firewall.EndpointIds[1]`).
        var endpoint: String
        /// Whether the route is the IPv6 one (::/0), else 0.0.0.0/0.
        var ipv6: Bool
    }

    /// A load balancer's subnet that sends its internet traffic through an endpoint.
    struct EndpointUser: Sendable, Equatable {
        var subnet: String
        var loadBalancer: String
    }
}
