internal import Addresses
internal import Topology

/// The way back through a firewall: for a subnet whose default route goes to an inspecting
/// endpoint, the route the internet gateway's edge route table uses for the subnet's block —
/// the question ALB013 asks, kept apart from its wording.
enum InspectionReturnRoute {
    enum Status {
        /// The edge route goes to the same endpoint: symmetric.
        case symmetric
        /// The gateway has no edge route table, so inbound traffic goes straight to the subnet.
        case noEdgeRouteTable(gateway: ResourceID)
        /// The edge route table has no route for the subnet's block but the local one.
        case missing(gateway: ResourceID, edge: RouteTable)
        /// The edge route for the subnet's block goes elsewhere (another endpoint, another target).
        case crossed(gateway: ResourceID, edge: RouteTable, route: Route, target: RouteTarget)
        case unknown(String)
        /// Nothing to check: no internet gateway is attached to the subnet's VPC (other rules say so).
        case noGateway
    }

    /// The subnet's block of one family: its IPv4 block, or its IPv6 block (nil when it has none).
    static func block(of subnet: Subnet, ipv6: Bool) -> Known<AddressBlock>? {
        if ipv6 { return subnet.ipv6Cidr.map { $0.map { AddressBlock.ipv6($0) } } }
        return subnet.cidr.map { AddressBlock.ipv4($0) }
    }

    static func status(of subnet: Subnet, endpoint: RouteTarget, ipv6: Bool, in topology: Topology) -> Status {
        guard let subnetBlock = block(of: subnet, ipv6: ipv6) else { return .unknown("it has no IPv6 block in the model") }
        guard case .known(let cidr) = subnetBlock else { return .unknown(subnetBlock.unknownReason ?? "its CIDR block is unknown") }
        guard case .known(let vpc) = subnet.vpc else { return .unknown(subnet.vpc.unknownReason ?? "its VPC is unknown") }
        let gateways: [ResourceID]
        switch topology.internetGateways(attachedTo: vpc) {
        case .unknown(let reason): return .unknown(reason)
        case .known(let found): gateways = found
        }
        guard let gateway = gateways.first else { return .noGateway }
        let edge: RouteTable
        switch topology.edgeRouteTable(of: gateway) {
        case nil: return .noEdgeRouteTable(gateway: gateway)
        case .unknown(let reason)?: return .unknown(reason)
        case .known(let table)?: edge = table
        }
        // The most specific route whose block holds the subnet's decides.
        var best: (route: Route, prefix: Int)?
        for route in edge.routes {
            guard case .known(let destination) = route.destination else {
                return .unknown("a route of \(edge.displayName) has an unknown destination (\(route.destination.unknownReason ?? "")) that may be \(cidr)")
            }
            guard case .block(let block) = destination, block.contains(cidr) else { continue }
            if block.prefixLength > best?.prefix ?? -1 { best = (route, block.prefixLength) }
        }
        guard let best else { return .missing(gateway: gateway, edge: edge) }
        guard case .known(let target) = best.route.target else {
            return .unknown("the target of \(edge.displayName)'s route for \(best.route.destination.value?.description ?? "?") is unknown (\(best.route.target.unknownReason ?? ""))")
        }
        if target.kind == .local { return .missing(gateway: gateway, edge: edge) }
        guard target.kind.inspects else { return .crossed(gateway: gateway, edge: edge, route: best.route, target: target) }
        switch (endpoint.id, target.id) {
        case (.known(let own)?, .known(let other)?):
            // The same endpoint: the same id, of the same firewall (before apply an endpoint is
            // named by its subnet, which only its firewall's name tells apart from another's).
            return own == other && endpoint.firewall == target.firewall ? .symmetric : .crossed(gateway: gateway, edge: edge, route: best.route, target: target)
        case (.unknown(let reason)?, _):
            return .unknown("the endpoint of the subnet's default route is unknown (\(reason))")
        case (_, .unknown(let reason)?):
            return .unknown("the endpoint of \(edge.displayName)'s route for \(best.route.destination.value?.description ?? "?") is unknown (\(reason))")
        default:
            return .unknown("an endpoint is not named")
        }
    }

    /// The subnet's default route of one family in `table`, when it goes to an inspecting endpoint.
    static func inspectedDefaultRoute(in table: RouteTable, ipv6: Bool) -> (route: Route, endpoint: RouteTarget)? {
        for route in table.routes {
            guard case .known(.block(let block)) = route.destination, block.isAnyAddress, block.isIPv6 == ipv6,
                  case .known(let target) = route.target, target.kind.inspects else { continue }
            return (route, target)
        }
        return nil
    }
}
