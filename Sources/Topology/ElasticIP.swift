public import Findings

/// An `AWS::EC2::EIP` of the deployment: an allocation a subnet mapping, a NAT gateway or an
/// instance can hold — one of them at a time.
public struct ElasticIP: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?

    public init(id: ResourceID, location: Location? = nil) {
        self.id = id
        self.location = location
    }
}

/// Something other than a load balancer that holds an Elastic IP: a NAT gateway's
/// `AllocationId`, an `AWS::EC2::EIPAssociation`, or an EIP's own `InstanceId`.
public struct ElasticIPHolder: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    /// What it is, as a message names it: "NAT gateway", "instance", ….
    public var kind: String
    public var allocation: Known<ResourceID>

    public init(id: ResourceID, location: Location? = nil, kind: String, allocation: Known<ResourceID>) {
        self.id = id
        self.location = location
        self.kind = kind
        self.allocation = allocation
    }
}
