public import Findings
public import Topology
internal import Localization

/// ALB006 — a load balancer's subnets and security groups must all be in one VPC.
public struct LoadBalancerResourcesInDifferentVPCs: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB006",
        name: "lb-resources-in-different-vpcs",
        title: "Load-balancer subnets or security groups are in different VPCs",
        summary: "All subnets and security groups of a load balancer must belong to the same VPC.",
        rationale: "AWS rejects the load balancer otherwise; in templates this usually means an import picked up another stack's VPC.",
        howToFix: "Use subnets and security groups of one VPC.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets,
                ExampleTemplate.openSecurityGroup.replacingFirst("VpcId: !Ref VPC", with: "VpcId: !Ref OtherVPC"),
                """
                  OtherVPC:
                    Type: AWS::EC2::VPC
                    Properties: { CidrBlock: 10.1.0.0/16 }
                """,
                ExampleTemplate.loadBalancer(marked: true), ExampleTemplate.httpsListener)),
        ],
        nonTriggeringExamples: [RuleExample(ExampleTemplate.healthy)],
        japanese: .alb006
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        return topology.loadBalancers.flatMap { lb -> [Finding] in
            var members: [(name: String, vpc: ResourceID)] = []
            var unknown: [(what: Message, reason: LocalizedText, location: Location?)] = []
            for reference in lb.subnets.value ?? [] {
                let subnet: Subnet
                switch topology.subnet(reference) {
                case .known(let found): subnet = found
                case .unknown(let reason):
                    unknown.append((.sameVPCOfSubnet(loadBalancer: lb.displayName), reason, lb.location))
                    continue
                }
                switch subnet.vpc {
                case .known(let vpc): members.append((subnet.id.name, vpc))
                case .unknown(let reason): unknown.append((.sameVPC(member: subnet.id.name, loadBalancer: lb.displayName), reason, subnet.location))
                }
            }
            for reference in lb.securityGroups.value ?? [] {
                let group: SecurityGroup
                switch topology.securityGroup(reference) {
                case .known(let found): group = found
                case .unknown(let reason):
                    unknown.append((.sameVPCOfSecurityGroup(loadBalancer: lb.displayName), reason, lb.location))
                    continue
                }
                switch group.vpc {
                case .known(let vpc): members.append((group.id.name, vpc))
                case .unknown(let reason): unknown.append((.sameVPC(member: group.id.name, loadBalancer: lb.displayName), reason, group.location))
                }
            }
            let vpcs = Set(members.map(\.vpc))
            guard vpcs.count > 1 else {
                return unknown.map { item in
                    rule.unverified(LocalizedText(item.what), because: item.reason, subject: lb.subject, location: item.location)
                }
            }
            let listing = vpcs.sorted().map { vpc in (vpc: vpc.name, members: members.filter { $0.vpc == vpc }.map(\.name)) }
            return [rule.finding(
                message: LocalizedText(Message.mixedVPCs(loadBalancer: lb.displayName, vpcs: listing)),
                subject: lb.subject, related: vpcs.sorted().map { $0.subject(.vpc) }, location: lb.location,
                evidence: Evidence(listing.map { .init(key: $0.vpc, value: $0.members.joined(separator: ", ")) }),
                fix: LocalizedText(Message.useOneVPC))]
        }
    }
}
