public import Findings
public import Topology
internal import Localization

/// ALB015 — a subnet tagged `kubernetes.io/role/elb` (where the AWS Load Balancer Controller
/// places internet-facing load balancers) whose route table does not send 0.0.0.0/0 to an
/// attached internet gateway: the incident, waiting for the next Ingress or Service.
public struct ElbTaggedSubnetWithoutInternetRoute: Rule {
    public init() {}

    /// The tag the controller discovers internet-facing subnets by, and the one for internal ones.
    static let publicTag = "kubernetes.io/role/elb"
    static let internalTag = "kubernetes.io/role/internal-elb"

    public static let description = FindingKind(
        id: "ALB015",
        name: "elb-tagged-subnet-without-internet-route",
        title: "Subnet tagged for internet-facing load balancers has no route to the internet",
        summary: """
            A subnet tagged `kubernetes.io/role/elb` = `1` (or with an empty value) must use a route table \
            with a 0.0.0.0/0 route to an internet gateway attached to its VPC; subnets tagged \
            `kubernetes.io/role/internal-elb` need none.
            """,
        rationale: """
            The AWS Load Balancer Controller (and the in-tree Kubernetes cloud provider) picks the subnets of \
            every internet-facing load balancer it creates for an Ingress or a Service by this tag, one per \
            zone. A tagged subnet without an internet route gets a load-balancer node that receives SYNs but \
            whose replies never leave, so the clients whose DNS answer puts that node first hang until their \
            connect timeout — the incident albdoctor was made for, before any load balancer exists to show it.
            """,
        howToFix: """
            Associate the subnet with the public route table (or add a 0.0.0.0/0 route to the attached internet \
            gateway to the table it uses); if the subnet is meant to be private, tag it \
            `kubernetes.io/role/internal-elb` = `1` instead.
            """,
        documentationURL: "https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html",
        severity: .error,
        triggeringExamples: [
            // SubnetB is tagged for internet-facing load balancers but uses the main route table.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24", tags: [(publicTag, "1")]),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: nil, marked: true, tags: [(publicTag, "1")]))),
            // The tag's value is imported from a stack that was not given: unverified.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: nil, marked: true)
                    + "\n      Tags:\n        - { Key: kubernetes.io/role/elb, Value: !ImportValue other-ElbRole }"), severity: .note),
        ],
        nonTriggeringExamples: [
            // Both tagged subnets are associated with the public route table.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24", tags: [(publicTag, "1")]),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", tags: [(publicTag, "1")]))),
            // Private subnets for internal load balancers need no internet route.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24", routeTable: nil, tags: [(internalTag, "1")]),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: nil, tags: [(internalTag, "1")]))),
            // A value other than 1 or empty is not the controller's tag.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: nil, tags: [(publicTag, "0")]))),
        ],
        japanese: .alb015
    )

    public func check(_ topology: Topology) -> [Finding] {
        topology.subnets.compactMap { check($0, in: topology) }
    }

    private func check(_ subnet: Subnet, in topology: Topology) -> Finding? {
        let rule = Self.description
        let subject = subnet.subject
        let reachesInternet = LocalizedText(Message.taggedSubnetReachesInternet(subnet: subnet.id.name))
        // Whether it is tagged: known, or unknown with why.
        let tagged: Known<Bool> = subnet.tags.flatMap { tags in
            guard let value = tags[Self.publicTag] else { return .known(false) }
            return value.map { $0 == "1" || $0.isEmpty }
        }
        if tagged.value == false { return nil }
        let table: RouteTable
        switch topology.effectiveRouteTable(of: subnet) {
        case .unknown(let reason):
            return tagged.value == true ? rule.unverified(reachesInternet, because: reason, subject: subject, location: subnet.location) : nil
        case .known(let found):
            table = found
        }
        let problem: RouteProblem
        switch InternetRoute.status(of: table, ipv6: false, in: topology) {
        case .routes, .routesToDetachedGateway, .inspected:
            return nil // fine, or reported by ALB003 where the route is, or by ALB013 for a load balancer's way back
        case .unknown(let reason):
            guard tagged.value == true else { return nil }
            return rule.unverified(reachesInternet, because: reason, subject: subject, location: subnet.location)
        case .routesElsewhere(let target) where target.kind == .transitGateway:
            guard tagged.value == true else { return nil }
            return rule.unverified(
                reachesInternet, because: LocalizedText(Message.farSideNotInModel(table: table, target: target)), subject: subject, location: subnet.location)
        case .missing:
            problem = .missing(destination: "0.0.0.0/0")
        case .routesElsewhere(let target):
            problem = .elsewhere(destination: "0.0.0.0/0", target: target)
        }
        if case .unknown(let reason) = tagged {
            return rule.unverified(
                LocalizedText(Message.notTaggedWithoutRoute(subnet: subnet.id.name, tag: Self.publicTag)),
                because: LocalizedText(Message.tagsUnknown(reason: reason, table: table, problem: problem)), subject: subject, location: subnet.location)
        }
        let zone = subnet.availabilityZone.value
        return rule.finding(
            message: LocalizedText(Message.taggedSubnetWithoutRoute(subnet: subnet.id.name, zone: zone, tag: Self.publicTag, table: table, problem: problem)),
            subject: subject,
            related: [table.subject],
            location: subnet.location,
            evidence: (["subnet": subnet.id.description] as Evidence)
                .appending("availability zone", EvidenceValue.zone(zone))
                .appending("tag", LocalizedText(sameInEveryLanguage: "\(Self.publicTag) = \(subnet.tags.value?[Self.publicTag]?.value ?? "")"))
                .appending("route table", LocalizedText(RouteTableName.used(table, explicitly: !table.isMain)))
                .appending("routes", InternetRoute.describe(table.routes)),
            fix: InternetRoute.fix(for: subnet, using: table, ipv6: false, in: topology)
                .appending(LocalizedText(RuleText.tagPrivateInstead(tag: Self.internalTag))))
    }
}
