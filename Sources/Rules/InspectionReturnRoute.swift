internal import Addresses
internal import Localization
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
        case unknown(LocalizedText)
        /// Nothing to check: no internet gateway is attached to the subnet's VPC (other rules say so).
        case noGateway
    }

    /// The subnet's block of one family: its IPv4 block, or its IPv6 block (nil when it has none).
    static func block(of subnet: Subnet, ipv6: Bool) -> Known<AddressBlock>? {
        if ipv6 { return subnet.ipv6Cidr.map { $0.map { AddressBlock.ipv6($0) } } }
        return subnet.cidr.map { AddressBlock.ipv4($0) }
    }

    static func status(of subnet: Subnet, endpoint: RouteTarget, ipv6: Bool, in topology: Topology) -> Status {
        let cidr: AddressBlock
        switch block(of: subnet, ipv6: ipv6) {
        case nil: return .unknown(LocalizedText(RouteReason.noIPv6Block))
        case .unknown(let reason)?: return .unknown(reason)
        case .known(let block)?: cidr = block
        }
        let vpc: ResourceID
        switch subnet.vpc {
        case .unknown(let reason): return .unknown(reason)
        case .known(let id): vpc = id
        }
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
            let destination: RouteDestination
            switch route.destination {
            case .unknown(let reason): return .unknown(LocalizedText(RouteReason.edgeDestinationUnknown(edge: edge, reason: reason, block: cidr.description)))
            case .known(let found): destination = found
            }
            guard case .block(let block) = destination, block.contains(cidr) else { continue }
            if block.prefixLength > best?.prefix ?? -1 { best = (route, block.prefixLength) }
        }
        guard let best else { return .missing(gateway: gateway, edge: edge) }
        let destination = best.route.destination.value?.description ?? "?"
        let target: RouteTarget
        switch best.route.target {
        case .unknown(let reason): return .unknown(LocalizedText(RouteReason.edgeTargetUnknown(edge: edge, destination: destination, reason: reason)))
        case .known(let found): target = found
        }
        if target.kind == .local { return .missing(gateway: gateway, edge: edge) }
        guard target.kind.inspects else { return .crossed(gateway: gateway, edge: edge, route: best.route, target: target) }
        switch (endpoint.id, target.id) {
        case (.known(let own)?, .known(let other)?):
            // The same endpoint: the same id, of the same firewall (before apply an endpoint is
            // named by its subnet, which only its firewall's name tells apart from another's).
            return own == other && endpoint.firewall == target.firewall ? .symmetric : .crossed(gateway: gateway, edge: edge, route: best.route, target: target)
        case (.unknown(let reason)?, _):
            return .unknown(LocalizedText(RouteReason.defaultRouteEndpointUnknown(reason: reason)))
        case (_, .unknown(let reason)?):
            return .unknown(LocalizedText(RouteReason.edgeEndpointUnknown(edge: edge, destination: destination, reason: reason)))
        default:
            return .unknown(LocalizedText(RouteReason.endpointNotNamed))
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
