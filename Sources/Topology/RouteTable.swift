public import Addresses
public import Findings

/// An `AWS::EC2::RouteTable` with its routes. Every VPC also has a *main* route table that
/// AWS creates with it; a subnet without an explicit association uses that one.
public struct RouteTable: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var vpc: Known<ResourceID>
    public var routes: [Route]
    /// Whether this is its VPC's main route table.
    public var isMain: Bool

    public init(id: ResourceID, location: Location? = nil, vpc: Known<ResourceID>, routes: [Route] = [], isMain: Bool = false) {
        self.id = id
        self.location = location
        self.vpc = vpc
        self.routes = routes
        self.isMain = isMain
    }

    /// How a message names it: its id, or "the main route table of VPC" for one AWS made implicitly.
    public var displayName: String {
        if isMain, id.name.hasSuffix(RouteTable.implicitMainSuffix), case .known(let vpc) = vpc {
            return "the main route table of \(vpc.name)"
        }
        return isMain ? "\(id.name) (the VPC's main route table)" : id.name
    }

    /// The name suffix given to main route tables that templates never declare.
    public static let implicitMainSuffix = ".MainRouteTable"

    /// The main route table AWS creates with a VPC: only the `local` route.
    public static func implicitMain(of vpc: VPC) -> RouteTable {
        var routes: [Route] = []
        if case .known(let block) = vpc.cidr {
            routes.append(Route(destination: .known(.ipv4(block)), target: .known(.local)))
        }
        return RouteTable(
            id: ResourceID(stack: vpc.id.stack, vpc.id.name + implicitMainSuffix),
            location: vpc.location,
            vpc: .known(vpc.id),
            routes: routes,
            isMain: true
        )
    }
}

/// One route: a destination block and where it sends traffic.
public struct Route: Sendable, Hashable {
    public var id: ResourceID?
    public var location: Location?
    public var destination: Known<RouteDestination>
    public var target: Known<RouteTarget>

    public init(id: ResourceID? = nil, location: Location? = nil, destination: Known<RouteDestination>, target: Known<RouteTarget>) {
        self.id = id
        self.location = location
        self.destination = destination
        self.target = target
    }
}

/// Where a route applies.
public enum RouteDestination: Sendable, Hashable, CustomStringConvertible {
    case block(AddressBlock)
    case prefixList(String)

    public static func ipv4(_ block: IPv4Network) -> RouteDestination { .block(.ipv4(block)) }

    public var description: String {
        switch self {
        case .block(let block): block.description
        case .prefixList(let id): id
        }
    }
}

/// Where a route sends traffic, in AWS's terms. The kind comes from the property or field that
/// names the target (`VpcEndpointId`, `natGatewayId`, …), so it is known even when the id is not.
public struct RouteTarget: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case local
        case internetGateway = "internet gateway"
        case egressOnlyInternetGateway = "egress-only internet gateway"
        case natGateway = "NAT gateway"
        case transitGateway = "transit gateway"
        case vpcPeeringConnection = "VPC peering connection"
        case instance
        case networkInterface = "network interface"
        /// A VPC endpoint whose service is not known: a default route can only go to a Gateway
        /// Load Balancer endpoint, so it inspects traffic too.
        case vpcEndpoint = "VPC endpoint"
        /// An endpoint of an AWS Network Firewall (from its `EndpointIds`).
        case networkFirewallEndpoint = "Network Firewall endpoint"
        /// An `AWS::EC2::VPCEndpoint` of type `GatewayLoadBalancer`.
        case gatewayLoadBalancerEndpoint = "Gateway Load Balancer endpoint"
        case virtualPrivateGateway = "virtual private gateway"
        case carrierGateway = "carrier gateway"
        case coreNetwork = "core network"
        case localGateway = "local gateway"

        /// Whether traffic sent there passes through a firewall or appliance that keeps state, so
        /// the way back must pass through the same endpoint.
        public var inspects: Bool { [.vpcEndpoint, .networkFirewallEndpoint, .gatewayLoadBalancerEndpoint].contains(self) }
    }

    public var kind: Kind
    /// The gateway, endpoint, instance or interface; nil for `local`; unknown when the property
    /// names it by a value albdoctor cannot know (the kind is still known from the property).
    public var id: Known<ResourceID>?
    /// The Network Firewall a `networkFirewallEndpoint` belongs to.
    public var firewall: ResourceID?
    /// The subnet a `networkFirewallEndpoint` is in, when that is how it is known (a
    /// configuration before apply names the endpoint by its subnet, not by an id).
    public var subnet: ResourceID?

    public init(kind: Kind, id: Known<ResourceID>?, firewall: ResourceID? = nil, subnet: ResourceID? = nil) {
        self.kind = kind
        self.id = id
        self.firewall = firewall
        self.subnet = subnet
    }

    public static let local = RouteTarget(kind: .local, id: nil)

    public var description: String {
        switch id {
        case nil: kind.rawValue
        case .known(let id)?: "\(kind.rawValue) \(id.name)"
        case .unknown?: "\(kind.rawValue) (id unknown)"
        }
    }
}
