public import Addresses
public import Findings
public import Localization

/// An `AWS::ElasticLoadBalancingV2::LoadBalancer`.
public struct LoadBalancer: Sendable, Hashable {
    public enum Scheme: String, Sendable, Hashable {
        case internetFacing = "internet-facing"
        case `internal`
    }

    public enum Kind: String, Sendable, Hashable {
        case application
        case network
        case gateway
    }

    public enum IPAddressType: String, Sendable, Hashable {
        case ipv4
        case dualstack
        case dualstackWithoutPublicIPv4 = "dualstack-without-public-ipv4"
    }

    public var id: ResourceID
    public var location: Location?
    /// The `Name` property or the AWS name.
    public var name: String?
    public var scheme: Known<Scheme>
    public var kind: Known<Kind>
    public var ipAddressType: Known<IPAddressType>
    /// Its subnets, from `Subnets` or `SubnetMappings`; each entry may itself be unknown.
    public var subnets: Known<[Known<ResourceID>]>
    /// Its `SubnetMappings` when it has them, with the Elastic IP each gives its node.
    public var subnetMappings: [SubnetMapping]
    public var securityGroups: Known<[Known<ResourceID>]>
    /// `LoadBalancerAttributes`, by key.
    public var attributes: [String: Known<String>]
    /// Why some attributes could not be read (the list or a key is unknown), so an attribute
    /// missing from `attributes` may still be set; nil when every one was read.
    public var unreadAttributes: LocalizedText?
    /// The nodes AWS runs for it, when read from an account.
    public var nodes: [LoadBalancerNode]

    public init(
        id: ResourceID,
        location: Location? = nil,
        name: String? = nil,
        scheme: Known<Scheme>,
        kind: Known<Kind>,
        ipAddressType: Known<IPAddressType>,
        subnets: Known<[Known<ResourceID>]>,
        subnetMappings: [SubnetMapping] = [],
        securityGroups: Known<[Known<ResourceID>]>,
        attributes: [String: Known<String>] = [:],
        unreadAttributes: LocalizedText? = nil,
        nodes: [LoadBalancerNode] = []
    ) {
        self.id = id
        self.location = location
        self.name = name
        self.scheme = scheme
        self.kind = kind
        self.ipAddressType = ipAddressType
        self.subnets = subnets
        self.subnetMappings = subnetMappings
        self.securityGroups = securityGroups
        self.attributes = attributes
        self.unreadAttributes = unreadAttributes
        self.nodes = nodes
    }

    /// How messages name it: its `Name` when set, else its id.
    public var displayName: String { name ?? id.name }

    /// One attribute: its value, nil when it is not set, unknown when it may be set among
    /// attributes that could not be read.
    public func attribute(_ key: String) -> Known<String>? {
        if let value = attributes[key] { return value }
        return unreadAttributes.map { .unknown(reason: $0) }
    }

    /// Whether clients on the internet reach it: unknown when the scheme is.
    public var isInternetFacing: Known<Bool> { scheme.map { $0 == .internetFacing } }
}

/// One entry of a load balancer's `SubnetMappings`: a subnet, and for an internet-facing Network
/// Load Balancer the Elastic IP its node there answers on.
public struct SubnetMapping: Sendable, Hashable {
    public var location: Location?
    public var subnet: Known<ResourceID>
    /// The `AllocationId`; nil when the mapping has none (AWS then assigns an address).
    public var allocation: Known<ResourceID>?

    public init(location: Location? = nil, subnet: Known<ResourceID>, allocation: Known<ResourceID>?) {
        self.location = location
        self.subnet = subnet
        self.allocation = allocation
    }
}

/// One node of a load balancer: the network interface AWS placed in one of its subnets.
public struct LoadBalancerNode: Sendable, Hashable {
    public var subnet: ResourceID
    public var privateAddress: IPAddress?
    public var publicAddress: IPAddress?

    public init(subnet: ResourceID, privateAddress: IPAddress?, publicAddress: IPAddress?) {
        self.subnet = subnet
        self.privateAddress = privateAddress
        self.publicAddress = publicAddress
    }
}
