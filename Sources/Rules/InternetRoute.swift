internal import Findings
internal import Topology
internal import Localization

/// Whether a route table sends the whole IPv4 or IPv6 internet to an internet gateway
/// attached to its VPC — the question ALB001, ALB002 and ALB003 share.
enum InternetRoute {
    enum Status {
        case routes
        /// The default route goes to a gateway not attached to the VPC (ALB003 reports the route).
        case routesToDetachedGateway
        case routesElsewhere(RouteTarget)
        /// The default route goes to a firewall or appliance endpoint (ALB013 checks the way back).
        case inspected(RouteTarget)
        case missing
        case unknown(LocalizedText)
    }

    static func status(of table: RouteTable, ipv6: Bool, in topology: Topology) -> Status {
        var unknownReason: LocalizedText?
        var elsewhere: RouteTarget?
        var inspected: RouteTarget?
        var detached = false
        for route in table.routes {
            guard case .known(let destination) = route.destination else {
                unknownReason = route.destination.unknownReason
                continue
            }
            guard case .block(let block) = destination, block.isAnyAddress, block.isIPv6 == ipv6 else { continue }
            guard case .known(let target) = route.target else {
                unknownReason = route.target.unknownReason
                continue
            }
            if target.kind.inspects {
                inspected = target
                continue
            }
            guard target.kind == .internetGateway else {
                elsewhere = target
                continue
            }
            guard case .known(let gateway)? = target.id else {
                unknownReason = target.id?.unknownReason ?? LocalizedText(RouteReason.routeNamesNoInternetGateway)
                continue
            }
            switch attachment(of: gateway, to: table.vpc, in: topology) {
            case .known(true): return .routes
            case .known(false): detached = true
            case .unknown(let reason): unknownReason = reason
            }
        }
        if let unknownReason { return .unknown(unknownReason) }
        if let inspected { return .inspected(inspected) }
        if detached { return .routesToDetachedGateway }
        if let elsewhere { return .routesElsewhere(elsewhere) }
        return .missing
    }

    /// Whether `gateway` is attached to the route table's VPC (`tableVPC`). A gateway that is
    /// not in the model (an `igw-…` id from a parameter, say) cannot be checked.
    static func attachment(of gateway: ResourceID, to tableVPC: Known<ResourceID>, in topology: Topology) -> Known<Bool> {
        let vpc: ResourceID
        switch tableVPC {
        case .known(let id): vpc = id
        case .unknown(let reason): return .unknown(reason: reason)
        }
        let attachments = topology.attachments(of: gateway)
        if attachments.contains(.known(vpc)) { return .known(true) }
        if let reason = attachments.lazy.compactMap(\.unknownReason).first { return .unknown(reason: reason) }
        // An attachment whose gateway is unknown (imported, say) may attach this one to the VPC.
        if let unknown = topology.gatewayAttachments.first(where: { $0.internetGateway.value == nil && $0.vpc.value.map { $0 == vpc } ?? true }),
           let reason = unknown.internetGateway.unknownReason {
            return .unknown(.gatewayMayBeAttached(attachment: unknown.id.name, reason: reason, gateway: gateway.name))
        }
        if case .account = topology.source, attachments.isEmpty { return .known(false) }
        if attachments.isEmpty && !topology.internetGateways.contains(where: { $0.id == gateway }) {
            return .unknown(.gatewayNotInModel(gateway: gateway.description))
        }
        return .known(false)
    }

    /// A route as evidence shows it, in every language: "0.0.0.0/0 → NAT gateway nat-1".
    static func describe(_ route: Route) -> LocalizedText {
        let destination = route.destination.value?.description ?? "?"
        guard let target = route.target.value else { return LocalizedText(sameInEveryLanguage: "\(destination) → ?") }
        let name = RouteTargetName.of(target)
        return LocalizedText(english: "\(destination) → \(name.english)", japanese: "\(destination) → \(name.japanese)")
    }

    /// A table's routes as evidence shows them, one after another, or `none`.
    static func describe(_ routes: [Route]) -> LocalizedText {
        guard !routes.isEmpty else { return LocalizedText(EvidenceValue.none) }
        let each = routes.map(describe)
        return LocalizedText(english: each.map(\.english).joined(separator: "; "), japanese: each.map { $0(.ja) }.joined(separator: "; "))
    }

    /// The fix for a subnet whose table lacks the route: associate it with a public table of
    /// its VPC if there is one, else add the route (or a whole public table).
    static func fix(for subnet: Subnet, using table: RouteTable, ipv6: Bool, in topology: Topology) -> LocalizedText {
        if case .terraform = topology.source, let input = subnet.moduleInput { return FixText.changeModuleInput(input) }
        guard case .known(let vpc) = subnet.vpc else { return LocalizedText(RuleText.giveSubnetPublicRouteTable) }
        if let publicTable = topology.publicRouteTables(in: vpc, ipv6: ipv6).first {
            return FixText.associate(subnet, with: publicTable, source: topology.source)
        }
        let gateway = topology.gatewayAttachments.first { $0.vpc == .known(vpc) }?.internetGateway.value
        var isImplicitMain = false
        switch topology.source {
        case .templates: isImplicitMain = table.isMain
        case .terraform: isImplicitMain = table.isMain && table.id.name.hasSuffix(RouteTable.implicitMainSuffix)
        case .account: break
        }
        if let gateway, !isImplicitMain {
            return FixText.addRoute(ipv6 ? "::/0" : "0.0.0.0/0", to: gateway, in: table, source: topology.source)
        }
        return FixText.newPublicRouteTable(for: subnet, gateway: gateway, source: topology.source)
    }
}

extension String {
    /// `replacement` when empty.
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }

    /// Replaces the first occurrence of `target`.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
