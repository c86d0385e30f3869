public import Addresses
public import Findings

/// An `AWS::EC2::NetworkAcl` with its entries. Every VPC has a default ACL that allows
/// everything; a subnet without an explicit association uses it.
public struct NetworkACL: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var vpc: Known<ResourceID>
    public var entries: [NetworkACLEntry]
    public var isDefault: Bool

    public init(id: ResourceID, location: Location? = nil, vpc: Known<ResourceID>, entries: [NetworkACLEntry] = [], isDefault: Bool = false) {
        self.id = id
        self.location = location
        self.vpc = vpc
        self.entries = entries
        self.isDefault = isDefault
    }

    /// The name suffix given to default ACLs that templates never declare.
    public static let implicitDefaultSuffix = ".DefaultNetworkAcl"

    /// The default ACL AWS creates with a VPC: allow all in and out, both families.
    public static func implicitDefault(of vpc: VPC) -> NetworkACL {
        let entries = [false, true].flatMap { egress in
            [AddressBlock.ipv4(.any), .ipv6(.any)].map { block in
                NetworkACLEntry(ruleNumber: .known(100), egress: egress, action: .known(.allow), ports: .known(.all), block: .known(block))
            }
        }
        return NetworkACL(
            id: ResourceID(stack: vpc.id.stack, vpc.id.name + implicitDefaultSuffix),
            location: vpc.location,
            vpc: .known(vpc.id),
            entries: entries,
            isDefault: true
        )
    }

    /// One stretch of ports the ACL denies, and the entry that denies it (nil: the implicit
    /// last rule that denies whatever no entry allowed).
    public struct Denial: Sendable, Hashable {
        public var ports: ClosedRange<Int>
        public var entry: NetworkACLEntry?
    }

    /// The TCP ports in `tcpPorts` that the ACL denies to or from every address of one family.
    /// Entries are read by rule number and the first that matches a port decides it; past the
    /// last entry, deny. Only entries for the whole family (`0.0.0.0/0`, `::/0`) are read, since
    /// a public site's clients can be anywhere. Unknown when an entry that could decide has
    /// unknown fields.
    public func deniedTCPPorts(egress: Bool, tcpPorts: ClosedRange<Int>, ipv6: Bool) -> Known<[Denial]> {
        let relevant = entries.filter { $0.egress == egress }
        var ordered: [(Int, NetworkACLEntry)] = []
        for entry in relevant {
            switch entry.ruleNumber {
            case .known(let number): ordered.append((number, entry))
            case .unknown(let reason): return .unknown(reason: reason)
            }
        }
        var open: [ClosedRange<Int>] = [tcpPorts]
        var denied: [Denial] = []
        for (_, entry) in ordered.sorted(by: { $0.0 < $1.0 }) where !open.isEmpty {
            let block: AddressBlock, ports: PortRange, action: NetworkACLEntry.Action
            switch (entry.block, entry.ports, entry.action) {
            case (.known(let knownBlock), .known(let knownPorts), .known(let knownAction)):
                block = knownBlock
                ports = knownPorts
                action = knownAction
            case (.unknown(let reason), _, _), (_, .unknown(let reason), _), (_, _, .unknown(let reason)):
                return .unknown(reason: reason)
            }
            guard block.isIPv6 == ipv6, block.isAnyAddress else { continue }
            let covered = ports.ipProtocol == -1 ? 0...65535 : ports.ipProtocol == 6 ? ports.from...ports.to : nil
            guard let covered else { continue }
            var stillOpen: [ClosedRange<Int>] = []
            for range in open {
                guard range.overlaps(covered) else {
                    stillOpen.append(range)
                    continue
                }
                let hit = range.clamped(to: covered)
                if action == .deny { denied.append(Denial(ports: hit, entry: entry)) }
                if range.lowerBound < hit.lowerBound { stillOpen.append(range.lowerBound...(hit.lowerBound - 1)) }
                if hit.upperBound < range.upperBound { stillOpen.append((hit.upperBound + 1)...range.upperBound) }
            }
            open = stillOpen
        }
        denied += open.map { Denial(ports: $0, entry: nil) }
        return .known(denied.sorted { $0.ports.lowerBound < $1.ports.lowerBound })
    }
}

/// One numbered rule of a network ACL.
public struct NetworkACLEntry: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        case allow
        case deny
    }

    public var id: ResourceID?
    public var location: Location?
    public var ruleNumber: Known<Int>
    /// True for outbound entries.
    public var egress: Bool
    public var action: Known<Action>
    public var ports: Known<PortRange>
    public var block: Known<AddressBlock>

    public init(
        id: ResourceID? = nil,
        location: Location? = nil,
        ruleNumber: Known<Int>,
        egress: Bool,
        action: Known<Action>,
        ports: Known<PortRange>,
        block: Known<AddressBlock>
    ) {
        self.id = id
        self.location = location
        self.ruleNumber = ruleNumber
        self.egress = egress
        self.action = action
        self.ports = ports
        self.block = block
    }
}

/// An `AWS::EC2::SubnetNetworkAclAssociation`.
public struct SubnetNetworkACLAssociation: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var subnet: Known<ResourceID>
    public var networkACL: Known<ResourceID>

    public init(id: ResourceID, location: Location? = nil, subnet: Known<ResourceID>, networkACL: Known<ResourceID>) {
        self.id = id
        self.location = location
        self.subnet = subnet
        self.networkACL = networkACL
    }
}
