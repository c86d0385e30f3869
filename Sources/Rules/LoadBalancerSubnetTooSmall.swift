public import Findings
public import Topology

/// ALB005 — an Application Load Balancer's subnet must be at least a /27.
public struct LoadBalancerSubnetTooSmall: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "ALB005",
        name: "lb-subnet-too-small",
        title: "Load-balancer subnet is smaller than /27",
        summary: "Each subnet of an Application Load Balancer must have a CIDR block of at least /27 and at least eight free addresses.",
        rationale: "AWS refuses smaller subnets, and the load balancer needs free addresses to scale its nodes; a full subnet stops it from scaling.",
        howToFix: "Use a /27 or larger block for the subnet.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/28", marked: true),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/27"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/27"),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
        ]
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        return LoadBalancerScope.all(in: topology, for: rule, checking: "has subnets of /27 or larger", kinds: [.application]).flatMap { scope in
            scope.notes + scope.subnets.compactMap { subnet -> Finding? in
                switch subnet.cidr {
                case .unknown(let reason):
                    return rule.unverified("subnet \(subnet.id.name) is /27 or larger", because: reason, subject: subnet.id.description, location: subnet.location)
                case .known(let block) where block.prefixLength > 27:
                    return rule.finding(
                        message: "\(subnet.id.name) of \(scope.loadBalancer.displayName) is \(block), \(block.size) addresses; an Application Load Balancer needs at least a /27.",
                        subject: subnet.id.description, related: [scope.loadBalancer.id.description], location: subnet.location,
                        evidence: ["CIDR block": block.description, "addresses": String(block.size)],
                        fix: "Give \(subnet.id.name) a /27 or larger CIDR block.")
                case .known:
                    return nil
                }
            }
        }
    }
}
