public import Findings
public import Topology
internal import Localization

/// ALB004 — an Application Load Balancer needs subnets in at least two distinct AZs, one per AZ.
public struct LoadBalancerAvailabilityZones: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB004",
        name: "alb-availability-zones",
        title: "Application Load Balancer needs two Availability Zones",
        summary: "An Application Load Balancer must have subnets in at least two distinct Availability Zones, at most one subnet per zone.",
        rationale: """
            CloudFormation rejects the stack otherwise ("At least two subnets in two different Availability \
            Zones must be specified") — in the incident albdoctor was made for, the template that deployed in Osaka with one subnet failed \
            in Tokyo. The quick fix, a second subnet added only to satisfy this, is how that incident's unreachable \
            node was born: give the second subnet the same route table as the first.
            """,
        howToFix: "List a second subnet in another Availability Zone, and associate it with the same public route table as the first.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(subnets: ["SubnetA"], marked: true))),
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.subnet("SubnetB", az: 0, cidr: "10.0.1.0/24"),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(marked: true))),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.healthy),
            // A Network Load Balancer may live in one zone.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(subnets: ["SubnetA"], extra: "      Type: network"))),
        ],
        japanese: .alb004
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        let (scopes, notes) = LoadBalancerScope.all(in: topology, for: rule, checking: .spansTwoZones, kinds: [.application])
        return notes + scopes.flatMap { scope -> [Finding] in
            let lb = scope.loadBalancer
            let subject = lb.subject
            guard case .known(let references) = lb.subnets else { return scope.notes }
            if references.count < 2 {
                return [rule.finding(
                    message: LocalizedText(Message.tooFewSubnets(loadBalancer: lb.displayName, subnets: references.count)),
                    subject: subject, location: lb.location,
                    evidence: Evidence().appending("subnets", EvidenceValue.names(references.map { $0.value?.name ?? "?" })),
                    fix: LocalizedText(Message.addSubnetInSecondZone(firstSubnet: references.first?.value?.name)))]
            }
            var byZone: [String: [Subnet]] = [:]
            var notes = scope.notes
            for subnet in scope.subnets {
                switch subnet.availabilityZone {
                case .known(let zone): byZone[zone, default: []].append(subnet)
                case .unknown(let reason):
                    notes.append(rule.unverified(
                        LocalizedText(Message.isInOwnZone(subnet: subnet.id.name)), because: reason,
                        subject: subject, location: subnet.location))
                }
            }
            let shared = byZone.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            return notes + shared.map { zone, subnets in
                rule.finding(
                    message: LocalizedText(Message.sharedZone(subnets: subnets.map(\.id.name), loadBalancer: lb.displayName, zone: zone)),
                    subject: subject, related: subnets.map(\.subject), location: lb.location,
                    evidence: ["availability zone": zone, "subnets": subnets.map(\.id.name).joined(separator: ", ")],
                    fix: LocalizedText(Message.moveToAnotherZone))
            }
        }
    }
}
