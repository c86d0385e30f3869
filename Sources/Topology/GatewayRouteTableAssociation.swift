public import Findings

/// An `AWS::EC2::GatewayRouteTableAssociation`: the route table is the *edge route table* of an
/// internet gateway (or virtual private gateway), so traffic arriving through the gateway is
/// routed by it before it reaches a subnet — how inbound traffic is sent through a firewall.
public struct GatewayRouteTableAssociation: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var gateway: Known<ResourceID>
    public var routeTable: Known<ResourceID>

    public init(id: ResourceID, location: Location? = nil, gateway: Known<ResourceID>, routeTable: Known<ResourceID>) {
        self.id = id
        self.location = location
        self.gateway = gateway
        self.routeTable = routeTable
    }
}
