public import Addresses
public import Findings

/// An `AWS::EC2::Subnet`: one Availability Zone, one IPv4 block, maybe an IPv6 block.
public struct Subnet: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var vpc: Known<ResourceID>
    public var availabilityZone: Known<String>
    public var cidr: Known<IPv4Network>
    /// Nil when the subnet has no IPv6 block.
    public var ipv6Cidr: Known<IPv6Network>?
    /// Its tags, by key (`kubernetes.io/role/elb`); a value may be unknown, or the whole set
    /// (tags from a value albdoctor cannot know).
    public var tags: Known<[String: Known<String>]>
    /// Set for a subnet a Terraform registry module makes that albdoctor models from its inputs.
    public var moduleInput: ModuleInput?

    public init(
        id: ResourceID,
        location: Location? = nil,
        vpc: Known<ResourceID>,
        availabilityZone: Known<String>,
        cidr: Known<IPv4Network>,
        ipv6Cidr: Known<IPv6Network>? = nil,
        tags: Known<[String: Known<String>]> = .known([:]),
        moduleInput: ModuleInput? = nil
    ) {
        self.tags = tags
        self.id = id
        self.location = location
        self.vpc = vpc
        self.availabilityZone = availabilityZone
        self.cidr = cidr
        self.ipv6Cidr = ipv6Cidr
        self.moduleInput = moduleInput
    }
}
