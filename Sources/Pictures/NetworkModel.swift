public import Findings
public import Localization
public import Topology

/// What the network pictures show, computed once from the model and the findings: per load
/// balancer (or per VPC when there is none), its internet gateways and its subnets by zone, each
/// subnet with its route table, its nodes and the finding that breaks it.
public struct NetworkModel: Sendable, Equatable {
    public struct SubnetBox: Sendable, Equatable {
        public var name: String
        /// Its CIDR block, nil when the model does not know it.
        public var cidr: String?
        /// Its Availability Zone, nil when the model does not know it.
        public var zone: String?
        /// The route table it uses, nil when the model does not know it.
        public var routeTable: RouteTable?
        /// The node addresses the account shows; empty where the source does not say (templates:
        /// AWS assigns them at deployment).
        public var nodes: [String]
        /// The most severe finding on the subnet (`ALB001`, its message in every language), if any.
        public var problem: (rule: String, message: LocalizedText)?

        public static func == (left: SubnetBox, right: SubnetBox) -> Bool {
            left.name == right.name && left.cidr == right.cidr && left.zone == right.zone && left.routeTable == right.routeTable
                && left.nodes == right.nodes && left.problem?.rule == right.problem?.rule && left.problem?.message == right.problem?.message
        }
    }

    public struct Zone: Sendable, Equatable {
        /// The Availability Zone, nil for the subnets whose zone the model does not know.
        public var name: String?
        public var subnets: [SubnetBox]
    }

    public struct Group: Sendable, Equatable {
        /// "test-alb (internet-facing)", or nil for a VPC without load balancer.
        public var loadBalancer: String?
        /// The VPC's name, nil when the model does not know it.
        public var vpc: String?
        /// Internet gateways attached to the VPC.
        public var gateways: [String]
        public var zones: [Zone]
    }

    public var groups: [Group]

    public init(_ topology: Topology, findings: [Finding]) {
        func problem(_ subnet: Subnet) -> (rule: String, message: LocalizedText)? {
            findings.filter { $0.subject == subnet.subject && $0.severity >= .warning }
                .max { $0.severity < $1.severity }
                .map { ($0.ruleID, $0.localizedMessage) }
        }
        func box(_ subnet: Subnet, nodes: [String]) -> SubnetBox {
            SubnetBox(name: subnet.id.name, cidr: subnet.cidr.value?.description, zone: subnet.availabilityZone.value,
                      routeTable: topology.effectiveRouteTable(of: subnet).value, nodes: nodes, problem: problem(subnet))
        }
        func gateways(of vpc: ResourceID?) -> [String] {
            guard let vpc else { return [] }
            let attached = Set(topology.gatewayAttachments.filter { $0.vpc.value == vpc }.compactMap(\.internetGateway.value))
            return topology.internetGateways.filter { attached.contains($0.id) }.map(\.id.name).sorted()
        }
        func zones(_ boxes: [SubnetBox]) -> [Zone] {
            // In the order of the English labels, an unknown zone among them as "zone unknown".
            func key(_ zone: String?) -> String { zone ?? PictureText.zoneUnknown.english }
            return Dictionary(grouping: boxes, by: \.zone).sorted { key($0.key) < key($1.key) }.map { Zone(name: $0.key, subnets: $0.value.sorted { $0.name < $1.name }) }
        }
        var groups: [Group] = []
        for balancer in topology.loadBalancers.sorted(by: { $0.id < $1.id }) {
            let subnets = (balancer.subnets.value ?? []).compactMap(\.value).compactMap { id in topology.subnets.first { $0.id == id } }
            let boxes = subnets.map { subnet in
                return box(subnet, nodes: balancer.nodes.filter { $0.subnet == subnet.id }.compactMap { ($0.publicAddress ?? $0.privateAddress)?.text })
            }
            let vpc = subnets.first?.vpc.value
            let scheme = balancer.scheme.value.map { " (\($0.rawValue))" } ?? ""
            groups.append(Group(loadBalancer: balancer.displayName + scheme, vpc: vpc?.name, gateways: gateways(of: vpc), zones: zones(boxes)))
        }
        if groups.isEmpty {
            for vpc in topology.vpcs.sorted(by: { $0.id < $1.id }) {
                let boxes = topology.subnets.filter { $0.vpc.value == vpc.id }.map { box($0, nodes: []) }
                groups.append(Group(loadBalancer: nil, vpc: vpc.id.name, gateways: gateways(of: vpc.id), zones: zones(boxes)))
            }
        }
        self.groups = groups
    }
}
