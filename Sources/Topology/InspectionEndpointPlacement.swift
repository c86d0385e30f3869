public import Findings

/// Where the endpoints of a firewall live: an `AWS::NetworkFirewall::Firewall` (one endpoint in
/// each subnet of its `SubnetMappings`, in an order AWS does not promise) or an
/// `AWS::EC2::VPCEndpoint` of type `GatewayLoadBalancer` (its `SubnetIds`). Traffic sent to an
/// endpoint leaves through the route table of the endpoint's subnet.
public struct InspectionEndpointPlacement: Sendable, Hashable {
    /// The firewall or the endpoint resource.
    public var id: ResourceID
    public var location: Location?
    public var subnets: Known<[Known<ResourceID>]>

    public init(id: ResourceID, location: Location? = nil, subnets: Known<[Known<ResourceID>]>) {
        self.id = id
        self.location = location
        self.subnets = subnets
    }
}
