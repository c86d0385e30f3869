public import Localization
public import Addresses
public import Foundation

/// Everything albdoctor read from one region of an account: what `--save-snapshot` writes and
/// `--snapshot` reads. It holds no credentials. `formatVersion` changes when the layout does.
public struct Inventory: Sendable, Codable, Equatable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var region: String
    public var fetchedAt: Date
    public var vpcs: [VPC]
    public var subnets: [Subnet]
    public var routeTables: [RouteTable]
    public var internetGateways: [Gateway]
    public var egressOnlyInternetGateways: [Gateway]
    public var natGateways: [NATGateway]
    /// Gateway Load Balancer endpoints and the subnets they live in; nil when they were not read
    /// (a snapshot from before, or DescribeVpcEndpoints not allowed).
    public var vpcEndpoints: [VPCEndpoint]?
    public var networkACLs: [NetworkACL]
    public var securityGroups: [SecurityGroup]
    public var networkInterfaces: [NetworkInterface]
    public var loadBalancers: [LoadBalancer]
    public var listeners: [Listener]
    public var rules: [ListenerRule]
    public var targetGroups: [TargetGroup]
    /// Records AWS returned without their own id, left out, and optional reads that were not
    /// allowed: each says the call and what it leaves unchecked, in every language (a snapshot
    /// keeps the English).
    public var dropped: [LocalizedText]?

    /// The load balancers named (by name or ARN) in `wanted`, all when it is empty.
    package static func select(_ wanted: [String], from all: [LoadBalancer], region: String) throws(AWSError) -> [LoadBalancer] {
        guard !wanted.isEmpty else { return all }
        let missing = wanted.filter { name in !all.contains { $0.name == name || $0.arn == name } }
        guard missing.isEmpty else {
            let found = all.map(\.name).sorted()
            throw AWSError(.notFound, .loadBalancersNotFound(missing: missing, region: region, found: found))
        }
        return all.filter { lb in wanted.contains { $0 == lb.name || $0 == lb.arn } }
    }

    /// This inventory with only the named load balancers and what hangs off them.
    public func narrowed(to wanted: [String]) throws(AWSError) -> Inventory {
        var copy = self
        copy.loadBalancers = try Inventory.select(wanted, from: loadBalancers, region: region)
        let arns = Set(copy.loadBalancers.map(\.arn))
        copy.listeners = listeners.filter { $0.loadBalancerArn.map(arns.contains) ?? false }
        let listenerArns = Set(copy.listeners.map(\.arn))
        copy.rules = rules.filter { listenerArns.contains($0.listenerArn) }
        let groups = Set((copy.listeners.flatMap(\.defaultActions) + copy.rules.flatMap(\.actions)).flatMap(\.targetGroupArns))
        copy.targetGroups = targetGroups.filter { groups.contains($0.arn) }
        return copy
    }

    public struct VPC: Sendable, Codable, Equatable {
        public var id: String
        public var cidrBlock: String?

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, cidrBlock: String? = nil) {
            self.id = id
            self.cidrBlock = cidrBlock
        }
    }

    public struct Subnet: Sendable, Codable, Equatable {
        public var id: String
        public var vpcId: String?
        public var availabilityZone: String?
        public var cidrBlock: String?
        public var ipv6CidrBlocks: [String]
        /// Its tags (`tagSet`), by key; nil in a snapshot saved before albdoctor kept them.
        public var tags: [String: String]?

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, vpcId: String? = nil, availabilityZone: String? = nil, cidrBlock: String? = nil, ipv6CidrBlocks: [String], tags: [String: String]? = [:]) {
            self.id = id
            self.tags = tags
            self.vpcId = vpcId
            self.availabilityZone = availabilityZone
            self.cidrBlock = cidrBlock
            self.ipv6CidrBlocks = ipv6CidrBlocks
        }
    }

    public struct RouteTable: Sendable, Codable, Equatable {
        public var id: String
        public var vpcId: String?
        public var routes: [Route]
        public var associations: [Association]

        public struct Route: Sendable, Codable, Equatable {
            public var destinationCidrBlock: String?
            public var destinationIpv6CidrBlock: String?
            public var destinationPrefixListId: String?
            /// The target's field name in AWS's terms (`gatewayId`, `natGatewayId`, …) and its value.
            public var targetKind: String?
            public var targetId: String?
            public var state: String?

            /// Every stored property, as the memberwise initializer takes them.
            package init(destinationCidrBlock: String? = nil, destinationIpv6CidrBlock: String? = nil, destinationPrefixListId: String? = nil, targetKind: String? = nil, targetId: String? = nil, state: String? = nil) {
                self.destinationCidrBlock = destinationCidrBlock
                self.destinationIpv6CidrBlock = destinationIpv6CidrBlock
                self.destinationPrefixListId = destinationPrefixListId
                self.targetKind = targetKind
                self.targetId = targetId
                self.state = state
            }
        }

        public struct Association: Sendable, Codable, Equatable {
            public var id: String?
            public var subnetId: String?
            /// The gateway whose edge route table this is (an `igw-…` or `vgw-…`).
            public var gatewayId: String?
            public var main: Bool

            /// Every stored property, as the memberwise initializer takes them.
            package init(id: String? = nil, subnetId: String? = nil, gatewayId: String? = nil, main: Bool) {
                self.id = id
                self.subnetId = subnetId
                self.gatewayId = gatewayId
                self.main = main
            }
        }

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, vpcId: String? = nil, routes: [Route], associations: [Association]) {
            self.id = id
            self.vpcId = vpcId
            self.routes = routes
            self.associations = associations
        }
    }

    public struct Gateway: Sendable, Codable, Equatable {
        public var id: String
        /// VPCs it is attached to (state `attached` or `available`).
        public var attachedVpcIds: [String]

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, attachedVpcIds: [String]) {
            self.id = id
            self.attachedVpcIds = attachedVpcIds
        }
    }

    public struct NATGateway: Sendable, Codable, Equatable {
        public var id: String
        public var vpcId: String?
        public var subnetId: String?
        public var state: String?

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, vpcId: String? = nil, subnetId: String? = nil, state: String? = nil) {
            self.id = id
            self.vpcId = vpcId
            self.subnetId = subnetId
            self.state = state
        }
    }

    public struct VPCEndpoint: Sendable, Codable, Equatable {
        public var id: String
        /// `GatewayLoadBalancer`, `Interface`, `Gateway`, ….
        public var type: String?
        public var vpcId: String?
        public var subnetIds: [String]

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, type: String? = nil, vpcId: String? = nil, subnetIds: [String]) {
            self.id = id
            self.type = type
            self.vpcId = vpcId
            self.subnetIds = subnetIds
        }
    }

    public struct NetworkACL: Sendable, Codable, Equatable {
        public var id: String
        public var vpcId: String?
        public var isDefault: Bool
        public var entries: [Entry]
        public var subnetIds: [String]

        public struct Entry: Sendable, Codable, Equatable {
            public var ruleNumber: Int?
            public var ipProtocol: String?
            public var action: String?
            public var egress: Bool
            public var cidrBlock: String?
            public var ipv6CidrBlock: String?
            public var fromPort: Int?
            public var toPort: Int?

            /// Every stored property, as the memberwise initializer takes them.
            package init(ruleNumber: Int? = nil, ipProtocol: String? = nil, action: String? = nil, egress: Bool, cidrBlock: String? = nil, ipv6CidrBlock: String? = nil, fromPort: Int? = nil, toPort: Int? = nil) {
                self.ruleNumber = ruleNumber
                self.ipProtocol = ipProtocol
                self.action = action
                self.egress = egress
                self.cidrBlock = cidrBlock
                self.ipv6CidrBlock = ipv6CidrBlock
                self.fromPort = fromPort
                self.toPort = toPort
            }
        }

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, vpcId: String? = nil, isDefault: Bool, entries: [Entry], subnetIds: [String]) {
            self.id = id
            self.vpcId = vpcId
            self.isDefault = isDefault
            self.entries = entries
            self.subnetIds = subnetIds
        }
    }

    public struct SecurityGroup: Sendable, Codable, Equatable {
        public var id: String
        public var name: String?
        public var vpcId: String?
        public var ingress: [Permission]
        public var egress: [Permission]

        public struct Permission: Sendable, Codable, Equatable {
            public var ipProtocol: String?
            public var fromPort: Int?
            public var toPort: Int?
            public var ipv4Ranges: [String]
            public var ipv6Ranges: [String]
            public var prefixListIds: [String]
            public var groupIds: [String]

            /// Every stored property, as the memberwise initializer takes them.
            package init(ipProtocol: String? = nil, fromPort: Int? = nil, toPort: Int? = nil, ipv4Ranges: [String], ipv6Ranges: [String], prefixListIds: [String], groupIds: [String]) {
                self.ipProtocol = ipProtocol
                self.fromPort = fromPort
                self.toPort = toPort
                self.ipv4Ranges = ipv4Ranges
                self.ipv6Ranges = ipv6Ranges
                self.prefixListIds = prefixListIds
                self.groupIds = groupIds
            }
        }

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, name: String? = nil, vpcId: String? = nil, ingress: [Permission], egress: [Permission]) {
            self.id = id
            self.name = name
            self.vpcId = vpcId
            self.ingress = ingress
            self.egress = egress
        }
    }

    public struct NetworkInterface: Sendable, Codable, Equatable {
        public var id: String
        public var subnetId: String?
        public var description: String?
        public var privateIpAddress: IPAddress?
        public var publicIp: IPAddress?
        public var instanceId: String?
        public var groupIds: [String]

        /// Every stored property, as the memberwise initializer takes them.
        package init(id: String, subnetId: String? = nil, description: String? = nil, privateIpAddress: IPAddress? = nil, publicIp: IPAddress? = nil, instanceId: String? = nil, groupIds: [String]) {
            self.id = id
            self.subnetId = subnetId
            self.description = description
            self.privateIpAddress = privateIpAddress
            self.publicIp = publicIp
            self.instanceId = instanceId
            self.groupIds = groupIds
        }
    }

    public struct LoadBalancer: Sendable, Codable, Equatable {
        public var arn: String
        public var name: String
        public var dnsName: String?
        public var scheme: String?
        public var type: String?
        public var ipAddressType: String?
        public var vpcId: String?
        public var subnetIds: [String]
        public var securityGroupIds: [String]
        public var attributes: [String: String]

        /// Every stored property, as the memberwise initializer takes them.
        package init(arn: String, name: String, dnsName: String? = nil, scheme: String? = nil, type: String? = nil, ipAddressType: String? = nil, vpcId: String? = nil, subnetIds: [String], securityGroupIds: [String], attributes: [String: String]) {
            self.arn = arn
            self.name = name
            self.dnsName = dnsName
            self.scheme = scheme
            self.type = type
            self.ipAddressType = ipAddressType
            self.vpcId = vpcId
            self.subnetIds = subnetIds
            self.securityGroupIds = securityGroupIds
            self.attributes = attributes
        }
    }

    public struct Action: Sendable, Codable, Equatable {
        public var type: String?
        public var targetGroupArns: [String]
        public var redirectProtocol: String?
        public var redirectPort: String?
        public var redirectHost: String?
        public var redirectStatusCode: String?

        /// Every stored property, as the memberwise initializer takes them.
        package init(type: String? = nil, targetGroupArns: [String], redirectProtocol: String? = nil, redirectPort: String? = nil, redirectHost: String? = nil, redirectStatusCode: String? = nil) {
            self.type = type
            self.targetGroupArns = targetGroupArns
            self.redirectProtocol = redirectProtocol
            self.redirectPort = redirectPort
            self.redirectHost = redirectHost
            self.redirectStatusCode = redirectStatusCode
        }
    }

    public struct Listener: Sendable, Codable, Equatable {
        public var arn: String
        public var loadBalancerArn: String?
        public var port: Int?
        public var `protocol`: String?
        public var certificateCount: Int
        public var defaultActions: [Action]

        /// Every stored property, as the memberwise initializer takes them.
        package init(arn: String, loadBalancerArn: String? = nil, port: Int? = nil, protocol: String? = nil, certificateCount: Int, defaultActions: [Action]) {
            self.protocol = `protocol`
            self.arn = arn
            self.loadBalancerArn = loadBalancerArn
            self.port = port
            self.certificateCount = certificateCount
            self.defaultActions = defaultActions
        }
    }

    public struct ListenerRule: Sendable, Codable, Equatable {
        public var arn: String
        public var listenerArn: String
        public var actions: [Action]

        /// Every stored property, as the memberwise initializer takes them.
        package init(arn: String, listenerArn: String, actions: [Action]) {
            self.arn = arn
            self.listenerArn = listenerArn
            self.actions = actions
        }
    }

    public struct TargetGroup: Sendable, Codable, Equatable {
        public var arn: String
        public var name: String?
        public var vpcId: String?
        public var port: Int?
        public var `protocol`: String?
        public var targetType: String?
        public var targets: [Target]

        public struct Target: Sendable, Codable, Equatable {
            public var id: String
            public var port: Int?
            public var health: String?

            /// Every stored property, as the memberwise initializer takes them.
            package init(id: String, port: Int? = nil, health: String? = nil) {
                self.id = id
                self.port = port
                self.health = health
            }
        }

        /// Every stored property, as the memberwise initializer takes them.
        package init(arn: String, name: String? = nil, vpcId: String? = nil, port: Int? = nil, protocol: String? = nil, targetType: String? = nil, targets: [Target]) {
            self.protocol = `protocol`
            self.arn = arn
            self.name = name
            self.vpcId = vpcId
            self.port = port
            self.targetType = targetType
            self.targets = targets
        }
    }

    /// Every stored property, as the memberwise initializer takes them.
    package init(formatVersion: Int, region: String, fetchedAt: Date, vpcs: [VPC], subnets: [Subnet], routeTables: [RouteTable], internetGateways: [Gateway], egressOnlyInternetGateways: [Gateway], natGateways: [NATGateway], vpcEndpoints: [VPCEndpoint]? = nil, networkACLs: [NetworkACL], securityGroups: [SecurityGroup], networkInterfaces: [NetworkInterface], loadBalancers: [LoadBalancer], listeners: [Listener], rules: [ListenerRule], targetGroups: [TargetGroup], dropped: [LocalizedText]? = nil) {
        self.formatVersion = formatVersion
        self.region = region
        self.fetchedAt = fetchedAt
        self.vpcs = vpcs
        self.subnets = subnets
        self.routeTables = routeTables
        self.internetGateways = internetGateways
        self.egressOnlyInternetGateways = egressOnlyInternetGateways
        self.natGateways = natGateways
        self.vpcEndpoints = vpcEndpoints
        self.networkACLs = networkACLs
        self.securityGroups = securityGroups
        self.networkInterfaces = networkInterfaces
        self.loadBalancers = loadBalancers
        self.listeners = listeners
        self.rules = rules
        self.targetGroups = targetGroups
        self.dropped = dropped
    }
}
