public import Findings
public import Topology
internal import Localization

/// ALB005 — an Application Load Balancer's subnet should be at least a /27, and must leave room
/// for eight free addresses.
public struct LoadBalancerSubnetTooSmall: Rule {
    public init() {}

    /// Addresses AWS reserves in every subnet: the network address, the router, DNS, one for
    /// future use and the broadcast address.
    static let reservedAddresses: UInt64 = 5
    /// Free addresses a load balancer needs in each of its subnets.
    static let neededFreeAddresses: UInt64 = 8

    public static let description = FindingKind(
        id: "ALB005",
        name: "lb-subnet-too-small",
        title: "Load-balancer subnet is smaller than /27",
        summary: """
            Each subnet of an Application Load Balancer should have a CIDR block of at least /27, and must be \
            able to hold eight free addresses: smaller than /27 is a warning, a block with fewer than eight \
            addresses besides the five AWS reserves (/29 and smaller) an error.
            """,
        rationale: """
            AWS accepts a /28 but asks for a /27 so the load balancer can add nodes as it scales: in a /28 \
            (eleven usable addresses) a busy load balancer runs out of room. It needs at least eight free \
            addresses per subnet to be created or to scale at all; a block smaller than /28 cannot hold them.
            """,
        howToFix: "Use a /27 or larger block for the subnet.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer",
        severity: .error,
        triggeringExamples: [
            // A /28 works but leaves the load balancer little room to scale.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/28", marked: true),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener), severity: .warning),
            // A /29 has three usable addresses: never eight free.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/29", marked: true),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/27"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/27"),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
        ],
        japanese: .alb005
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        let (scopes, notes) = LoadBalancerScope.all(in: topology, for: rule, checking: .hasLargeEnoughSubnets, kinds: [.application])
        return notes + scopes.flatMap { scope in
            scope.notes + scope.subnets.compactMap { subnet -> Finding? in
                switch subnet.cidr {
                case .unknown(let reason):
                    return rule.unverified(
                        LocalizedText(Message.isLargeEnough(subnet: subnet.id.name)), because: reason,
                        subject: subnet.subject, location: subnet.location)
                case .known(let block) where block.prefixLength > 27:
                    let usable = block.size > Self.reservedAddresses ? block.size - Self.reservedAddresses : 0
                    let evidence: Evidence = ["CIDR block": block.description, "addresses": String(block.size), "usable addresses": String(usable)]
                    if usable < Self.neededFreeAddresses {
                        return rule.finding(
                            message: LocalizedText(Message.tooSmallForNode(
                                subnet: subnet.id.name, loadBalancer: scope.loadBalancer.displayName, block: block.description, usable: Int(clamping: usable))),
                            subject: subnet.subject, related: [scope.loadBalancer.subject], location: subnet.location,
                            evidence: evidence, fix: LocalizedText(Message.giveLargerBlock(subnet: subnet.id.name)))
                    }
                    return rule.finding(
                        severity: .warning,
                        message: LocalizedText(Message.smallerThanAdvised(
                            subnet: subnet.id.name, loadBalancer: scope.loadBalancer.displayName, block: block.description, usable: Int(clamping: usable))),
                        subject: subnet.subject, related: [scope.loadBalancer.subject], location: subnet.location,
                        evidence: evidence, fix: LocalizedText(Message.giveLargerBlockBeforeScaling(subnet: subnet.id.name)))
                case .known:
                    return nil
                }
            }
        }
    }
}
