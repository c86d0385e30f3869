internal import Localization

/// The network model every view builds and every rule reads: what exists and how it is
/// connected, from templates (`lint`) or from an account (`aws`). Immutable: the lookups below
/// are indexed once, when it is made.
public struct Topology: Sendable {
    /// Where the model came from; rules word their fixes for it.
    public enum Source: Sendable, Hashable {
        /// CloudFormation templates for the given region.
        case templates(region: String)
        /// A live account (or its snapshot) in the given region.
        case account(region: String)
        /// A Terraform configuration for the given region; resource ids are Terraform addresses.
        case terraform(region: String)
    }

    public let source: Source
    public let vpcs: [VPC]
    public let subnets: [Subnet]
    /// Includes each VPC's main route table (implicit for templates).
    public let routeTables: [RouteTable]
    public let routeTableAssociations: [SubnetRouteTableAssociation]
    /// Edge route tables: route tables associated with a gateway rather than a subnet.
    public let gatewayRouteTableAssociations: [GatewayRouteTableAssociation]
    public let internetGateways: [InternetGateway]
    public let gatewayAttachments: [GatewayAttachment]
    /// Includes each VPC's default ACL (implicit for templates).
    public let networkACLs: [NetworkACL]
    public let networkACLAssociations: [SubnetNetworkACLAssociation]
    public let securityGroups: [SecurityGroup]
    public let loadBalancers: [LoadBalancer]
    public let listeners: [Listener]
    public let listenerRules: [ListenerRule]
    public let targetGroups: [TargetGroup]
    /// The Elastic IPs of the deployment, and what else than load balancers holds them.
    public let elasticIPs: [ElasticIP]
    public let elasticIPHolders: [ElasticIPHolder]
    /// Where the deployment's firewalls and Gateway Load Balancer endpoints live.
    public let inspectionEndpoints: [InspectionEndpointPlacement]

    private let subnetIndex: [ResourceID: Int]
    private let routeTableIndex: [ResourceID: Int]
    private let networkACLIndex: [ResourceID: Int]
    private let securityGroupIndex: [ResourceID: Int]
    private let targetGroupIndex: [ResourceID: Int]
    private let routeTableAssociationIndex: AssociationIndex
    private let networkACLAssociationIndex: AssociationIndex

    /// Which subnet is explicitly associated with what, and the first association whose subnet is
    /// unknown (it might be any subnet's).
    private struct AssociationIndex: Sendable {
        var bySubnet: [ResourceID: (association: ResourceID, target: Known<ResourceID>)] = [:]
        var unknownSubnet: (association: ResourceID, reason: LocalizedText)?

        init(_ entries: [(association: ResourceID, subnet: Known<ResourceID>, target: Known<ResourceID>)]) {
            for entry in entries {
                switch entry.subnet {
                case .known(let subnet):
                    if bySubnet[subnet] == nil { bySubnet[subnet] = (entry.association, entry.target) }
                case .unknown(let reason):
                    if unknownSubnet == nil { unknownSubnet = (entry.association, reason) }
                }
            }
        }
    }

    public init(
        source: Source,
        vpcs: [VPC] = [],
        subnets: [Subnet] = [],
        routeTables: [RouteTable] = [],
        routeTableAssociations: [SubnetRouteTableAssociation] = [],
        gatewayRouteTableAssociations: [GatewayRouteTableAssociation] = [],
        internetGateways: [InternetGateway] = [],
        gatewayAttachments: [GatewayAttachment] = [],
        networkACLs: [NetworkACL] = [],
        networkACLAssociations: [SubnetNetworkACLAssociation] = [],
        securityGroups: [SecurityGroup] = [],
        loadBalancers: [LoadBalancer] = [],
        listeners: [Listener] = [],
        listenerRules: [ListenerRule] = [],
        targetGroups: [TargetGroup] = [],
        elasticIPs: [ElasticIP] = [],
        elasticIPHolders: [ElasticIPHolder] = [],
        inspectionEndpoints: [InspectionEndpointPlacement] = []
    ) {
        self.source = source
        self.vpcs = vpcs
        self.subnets = subnets
        self.routeTables = routeTables
        self.routeTableAssociations = routeTableAssociations
        self.gatewayRouteTableAssociations = gatewayRouteTableAssociations
        self.internetGateways = internetGateways
        self.gatewayAttachments = gatewayAttachments
        self.networkACLs = networkACLs
        self.networkACLAssociations = networkACLAssociations
        self.securityGroups = securityGroups
        self.loadBalancers = loadBalancers
        self.listeners = listeners
        self.listenerRules = listenerRules
        self.targetGroups = targetGroups
        self.elasticIPs = elasticIPs
        self.elasticIPHolders = elasticIPHolders
        self.inspectionEndpoints = inspectionEndpoints
        subnetIndex = Topology.index(subnets.map(\.id))
        routeTableIndex = Topology.index(routeTables.map(\.id))
        networkACLIndex = Topology.index(networkACLs.map(\.id))
        securityGroupIndex = Topology.index(securityGroups.map(\.id))
        targetGroupIndex = Topology.index(targetGroups.map(\.id))
        routeTableAssociationIndex = AssociationIndex(routeTableAssociations.map { ($0.id, $0.subnet, $0.routeTable) })
        networkACLAssociationIndex = AssociationIndex(networkACLAssociations.map { ($0.id, $0.subnet, $0.networkACL) })
    }

    private static func index(_ ids: [ResourceID]) -> [ResourceID: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var region: String {
        switch source {
        case .templates(let region), .account(let region), .terraform(let region): region
        }
    }

    public func subnet(_ id: ResourceID) -> Subnet? { subnetIndex[id].map { subnets[$0] } }
    public func routeTable(_ id: ResourceID) -> RouteTable? { routeTableIndex[id].map { routeTables[$0] } }
    public func networkACL(_ id: ResourceID) -> NetworkACL? { networkACLIndex[id].map { networkACLs[$0] } }
    public func securityGroup(_ id: ResourceID) -> SecurityGroup? { securityGroupIndex[id].map { securityGroups[$0] } }
    public func targetGroup(_ id: ResourceID) -> TargetGroup? { targetGroupIndex[id].map { targetGroups[$0] } }

    /// Looks up a subnet named by a reference that may be unknown or point outside the model.
    public func subnet(_ reference: Known<ResourceID>) -> Known<Subnet> {
        reference.flatMap { id in
            subnet(id).map { .known($0) } ?? .unknown(.subnetNotInModel(subnet: id.description, source: source))
        }
    }

    /// Looks up a security group named by a reference that may be unknown or point outside the model.
    public func securityGroup(_ reference: Known<ResourceID>) -> Known<SecurityGroup> {
        reference.flatMap { id in
            securityGroup(id).map { .known($0) } ?? .unknown(.securityGroupNotInModel(securityGroup: id.description, source: source))
        }
    }

    /// The route table a subnet really uses: its explicit association, else its VPC's main table.
    public func effectiveRouteTable(of subnet: Subnet) -> Known<RouteTable> {
        effective(of: subnet, in: routeTableAssociationIndex, what: .routeTable, lookup: routeTable) { vpc in
            routeTables.first { $0.isMain && $0.vpc == .known(vpc) }
        }
    }

    /// The network ACL a subnet really uses: its explicit association, else its VPC's default ACL.
    public func effectiveNetworkACL(of subnet: Subnet) -> Known<NetworkACL> {
        effective(of: subnet, in: networkACLAssociationIndex, what: .networkACL, lookup: networkACL) { vpc in
            networkACLs.first { $0.isDefault && $0.vpc == .known(vpc) }
        }
    }

    /// The one rule both share: an explicit association wins; an association whose subnet is
    /// unknown could be this subnet's, so the answer is unknown; otherwise the VPC's implicit one.
    private func effective<T>(
        of subnet: Subnet,
        in index: AssociationIndex,
        what: TopologyReason.Table,
        lookup: (ResourceID) -> T?,
        implicit: (ResourceID) -> T?
    ) -> Known<T> {
        if let explicit = index.bySubnet[subnet.id] {
            return explicit.target.flatMap { id in
                lookup(id).map { .known($0) }
                    ?? .unknown(.associatedTableNotInModel(what, id: id.description, association: explicit.association.description, source: source))
            }
        }
        if let unknown = index.unknownSubnet {
            return .unknown(.associationSubnetUnknown(what, association: unknown.association.description, reason: unknown.reason))
        }
        return subnet.vpc.flatMap { vpc in
            implicit(vpc).map { .known($0) } ?? .unknown(.implicitTableNotInModel(what, vpc: vpc.description, source: source))
        }
    }

    /// The edge route table of a gateway: the route table associated with it (AWS allows one
    /// per gateway); nil when none is. Unknown when an association's gateway is unknown (it may
    /// be this one) or its table is not in the model.
    public func edgeRouteTable(of gateway: ResourceID) -> Known<RouteTable>? {
        if let association = gatewayRouteTableAssociations.first(where: { $0.gateway == .known(gateway) }) {
            return association.routeTable.flatMap { id in
                routeTable(id).map { .known($0) }
                    ?? .unknown(.edgeRouteTableNotInModel(table: id.description, gateway: gateway.name, association: association.id.name, source: source))
            }
        }
        if let unknown = gatewayRouteTableAssociations.first(where: { $0.gateway.value == nil }), let reason = unknown.gateway.unknownReason {
            return .unknown(.edgeAssociationGatewayUnknown(association: unknown.id.name, reason: reason, gateway: gateway.name))
        }
        return nil
    }

    /// The internet gateways attached to a VPC; unknown when an attachment's gateway or VPC is.
    public func internetGateways(attachedTo vpc: ResourceID) -> Known<[ResourceID]> {
        var gateways: [ResourceID] = []
        for attachment in gatewayAttachments {
            switch (attachment.vpc, attachment.internetGateway) {
            case (.known(let attached), .known(let gateway)):
                if attached == vpc && !gateways.contains(gateway) { gateways.append(gateway) }
            case (.known(let attached), .unknown(let reason)):
                if attached == vpc { return .unknown(.attachmentGatewayUnknown(attachment: attachment.id.name, reason: reason)) }
            case (.unknown(let reason), _):
                return .unknown(.attachmentVPCUnknown(attachment: attachment.id.name, reason: reason))
            }
        }
        return .known(gateways)
    }

    /// Where an inspecting route target's traffic goes on: its firewall's subnets or its
    /// Gateway Load Balancer endpoint's; nil when the endpoint is not in the model.
    public func placement(of target: RouteTarget) -> InspectionEndpointPlacement? {
        guard target.kind.inspects else { return nil }
        let owner = target.firewall ?? target.id?.value
        return owner.flatMap { owner in inspectionEndpoints.first { $0.id == owner } }
    }

    /// The VPCs an internet gateway is attached to.
    public func attachments(of gateway: ResourceID) -> [Known<ResourceID>] {
        gatewayAttachments.filter { $0.internetGateway == .known(gateway) }.map(\.vpc)
    }

    /// The listeners of a load balancer.
    public func listeners(of loadBalancer: LoadBalancer) -> [Listener] {
        listeners.filter { $0.loadBalancer == .known(loadBalancer.id) }
    }

    /// Every action of a listener: its default actions and those of its rules.
    public func actions(of listener: Listener) -> [ListenerAction] {
        let ruleActions = listenerRules.filter { $0.listener == .known(listener.id) }.flatMap { $0.actions.value ?? [] }
        return (listener.defaultActions.value ?? []) + ruleActions
    }

    /// Route tables that send 0.0.0.0/0 (or ::/0) to an internet gateway attached to `vpc`,
    /// for suggesting which table a subnet should use.
    public func publicRouteTables(in vpc: ResourceID, ipv6: Bool = false) -> [RouteTable] {
        routeTables.filter { table in
            table.vpc == .known(vpc) && table.routes.contains { route in
                guard case .known(.block(let block)) = route.destination, block.isAnyAddress, block.isIPv6 == ipv6,
                      case .known(let target) = route.target, target.kind == .internetGateway, let gateway = target.id?.value
                else { return false }
                return attachments(of: gateway).contains(.known(vpc))
            }
        }
    }
}
