public import Addresses
public import Findings

/// An `AWS::EC2::SecurityGroup` with its rules, whether written inline or as separate
/// `SecurityGroupIngress` / `SecurityGroupEgress` resources.
public struct SecurityGroup: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var vpc: Known<ResourceID>
    public var ingress: [SecurityGroupRule]
    public var egress: [SecurityGroupRule]

    public init(id: ResourceID, location: Location? = nil, vpc: Known<ResourceID>, ingress: [SecurityGroupRule] = [], egress: [SecurityGroupRule] = []) {
        self.id = id
        self.location = location
        self.vpc = vpc
        self.ingress = ingress
        self.egress = egress
    }
}

/// One security-group rule: which traffic, from (or to) whom.
public struct SecurityGroupRule: Sendable, Hashable {
    public var location: Location?
    public var ports: Known<PortRange>
    public var peer: Known<Peer>

    public init(location: Location? = nil, ports: Known<PortRange>, peer: Known<Peer>) {
        self.location = location
        self.ports = ports
        self.peer = peer
    }

    /// The other side of a rule.
    public enum Peer: Sendable, Hashable, CustomStringConvertible {
        case block(AddressBlock)
        case securityGroup(ResourceID)
        case prefixList(String)

        public var description: String {
            switch self {
            case .block(let block): block.description
            case .securityGroup(let id): "security group \(id.name)"
            case .prefixList(let id): "prefix list \(id)"
            }
        }
    }
}
