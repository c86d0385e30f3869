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
    public var networkACLs: [NetworkACL]
    public var securityGroups: [SecurityGroup]
    public var networkInterfaces: [NetworkInterface]
    public var loadBalancers: [LoadBalancer]
    public var listeners: [Listener]
    public var rules: [ListenerRule]
    public var targetGroups: [TargetGroup]
    /// Records AWS returned without their own id, left out: each says the call and the field.
    public var dropped: [String]?

    /// The load balancers named (by name or ARN) in `wanted`, all when it is empty.
    static func select(_ wanted: [String], from all: [LoadBalancer], region: String) throws(AWSError) -> [LoadBalancer] {
        guard !wanted.isEmpty else { return all }
        let missing = wanted.filter { name in !all.contains { $0.name == name || $0.arn == name } }
        guard missing.isEmpty else {
            let found = all.map(\.name).sorted()
            throw AWSError(.notFound, "no load balancer \(missing.joined(separator: ", ")) in \(region); \(found.isEmpty ? "the region has none" : "it has \(found.joined(separator: ", "))")")
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
    }

    public struct Subnet: Sendable, Codable, Equatable {
        public var id: String
        public var vpcId: String?
        public var availabilityZone: String?
        public var cidrBlock: String?
        public var ipv6CidrBlocks: [String]
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
        }

        public struct Association: Sendable, Codable, Equatable {
            public var id: String?
            public var subnetId: String?
            /// The gateway whose edge route table this is (an `igw-…` or `vgw-…`).
            public var gatewayId: String?
            public var main: Bool
        }
    }

    public struct Gateway: Sendable, Codable, Equatable {
        public var id: String
        /// VPCs it is attached to (state `attached` or `available`).
        public var attachedVpcIds: [String]
    }

    public struct NATGateway: Sendable, Codable, Equatable {
        public var id: String
        public var vpcId: String?
        public var subnetId: String?
        public var state: String?
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
        }
    }

    public struct NetworkInterface: Sendable, Codable, Equatable {
        public var id: String
        public var subnetId: String?
        public var description: String?
        public var privateIpAddress: String?
        public var publicIp: String?
        public var instanceId: String?
        public var groupIds: [String]
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
    }

    public struct Action: Sendable, Codable, Equatable {
        public var type: String?
        public var targetGroupArns: [String]
        public var redirectProtocol: String?
        public var redirectPort: String?
        public var redirectHost: String?
        public var redirectStatusCode: String?
    }

    public struct Listener: Sendable, Codable, Equatable {
        public var arn: String
        public var loadBalancerArn: String?
        public var port: Int?
        public var `protocol`: String?
        public var certificateCount: Int
        public var defaultActions: [Action]
    }

    public struct ListenerRule: Sendable, Codable, Equatable {
        public var arn: String
        public var listenerArn: String
        public var actions: [Action]
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
        }
    }
}
