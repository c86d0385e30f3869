public import Findings

/// An `AWS::EC2::InternetGateway`. It carries traffic only once attached to a VPC.
public struct InternetGateway: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?

    public init(id: ResourceID, location: Location? = nil) {
        self.id = id
        self.location = location
    }
}

/// An `AWS::EC2::VPCGatewayAttachment` of an internet gateway to a VPC.
public struct GatewayAttachment: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var vpc: Known<ResourceID>
    public var internetGateway: Known<ResourceID>

    public init(id: ResourceID, location: Location? = nil, vpc: Known<ResourceID>, internetGateway: Known<ResourceID>) {
        self.id = id
        self.location = location
        self.vpc = vpc
        self.internetGateway = internetGateway
    }
}
