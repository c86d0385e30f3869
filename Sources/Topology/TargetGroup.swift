public import Findings

/// An `AWS::ElasticLoadBalancingV2::TargetGroup` and what is registered in it.
public struct TargetGroup: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var vpc: Known<ResourceID>?
    public var port: Known<Int>?
    public var `protocol`: Known<String>?
    /// Instances, Auto Scaling groups or ECS services that register in it.
    public var members: [TargetMember]

    public init(
        id: ResourceID,
        location: Location? = nil,
        vpc: Known<ResourceID>?,
        port: Known<Int>?,
        protocol: Known<String>?,
        members: [TargetMember] = []
    ) {
        self.id = id
        self.location = location
        self.vpc = vpc
        self.port = port
        self.protocol = `protocol`
        self.members = members
    }
}

/// Something that registers targets in a target group, with the security groups its targets carry.
public struct TargetMember: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    /// The port traffic reaches it on, when it overrides the target group's.
    public var port: Known<Int>?
    public var securityGroups: Known<[Known<ResourceID>]>

    public init(id: ResourceID, location: Location? = nil, port: Known<Int>? = nil, securityGroups: Known<[Known<ResourceID>]>) {
        self.id = id
        self.location = location
        self.port = port
        self.securityGroups = securityGroups
    }
}
