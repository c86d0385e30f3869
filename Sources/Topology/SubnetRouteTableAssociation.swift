public import Findings

/// An `AWS::EC2::SubnetRouteTableAssociation`: the subnet uses this route table instead of the main one.
public struct SubnetRouteTableAssociation: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var subnet: Known<ResourceID>
    public var routeTable: Known<ResourceID>

    public init(id: ResourceID, location: Location? = nil, subnet: Known<ResourceID>, routeTable: Known<ResourceID>) {
        self.id = id
        self.location = location
        self.subnet = subnet
        self.routeTable = routeTable
    }
}
