public import Addresses
public import Findings

/// An `AWS::EC2::VPC`.
public struct VPC: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var cidr: Known<IPv4Network>

    public init(id: ResourceID, location: Location? = nil, cidr: Known<IPv4Network>) {
        self.id = id
        self.location = location
        self.cidr = cidr
    }
}
