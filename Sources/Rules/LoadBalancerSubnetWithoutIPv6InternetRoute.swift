public import Findings
public import Topology
internal import Localization

/// ALB002 — a dualstack internet-facing load balancer (Application or Network) has a subnet
/// without `::/0` to an internet gateway.
public struct LoadBalancerSubnetWithoutIPv6InternetRoute: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB002",
        name: "lb-subnet-without-ipv6-internet-route",
        title: "Dualstack load-balancer subnet has no IPv6 route to the internet",
        summary: """
            Every subnet of an internet-facing `dualstack` or `dualstack-without-public-ipv4` load balancer, \
            Application or Network, must use a route table with a ::/0 route to an internet gateway attached to the \
            VPC; an egress-only internet gateway carries outbound traffic only.
            """,
        rationale: """
            A dualstack load balancer publishes AAAA records for every node. Clients that prefer IPv6 pick the \
            node's IPv6 address; if its subnet has no ::/0 route to an internet gateway (an egress-only internet \
            gateway carries no inbound traffic), their connections hang until the browser falls back to IPv4, \
            or fail.
            """,
        howToFix: "Add a ::/0 route to the attached internet gateway in the route table the subnet uses.",
        documentationURL: "https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithRouteTables.html#AddRemoveRoutes",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork.replacingFirst("  PublicRouteTable:", with: "  ↓PublicRouteTable:"),
                ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup,
                ExampleTemplate.loadBalancer(extra: "      IpAddressType: dualstack"), ExampleTemplate.httpsListener)),
            // A dualstack Network Load Balancer whose ::/0 goes to an egress-only internet gateway: outbound only.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork.replacingFirst("  PublicRouteTable:", with: "  ↓PublicRouteTable:"),
                ExampleTemplate.twoPublicSubnets,
                """
                  EgressOnlyGateway:
                    Type: AWS::EC2::EgressOnlyInternetGateway
                    Properties: { VpcId: !Ref VPC }
                  IPv6DefaultRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref PublicRouteTable
                      DestinationIpv6CidrBlock: ::/0
                      EgressOnlyInternetGatewayId: !Ref EgressOnlyGateway
                  LoadBalancer:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties:
                      Type: network
                      Scheme: internet-facing
                      IpAddressType: dualstack
                      SubnetMappings: [{ SubnetId: !Ref SubnetA }, { SubnetId: !Ref SubnetB }]
                """)),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup,
                """
                  IPv6DefaultRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref PublicRouteTable
                      DestinationIpv6CidrBlock: ::/0
                      GatewayId: !Ref InternetGateway
                """,
                ExampleTemplate.loadBalancer(extra: "      IpAddressType: dualstack"), ExampleTemplate.httpsListener)),
            RuleExample(ExampleTemplate.healthy),
        ],
        japanese: .alb002
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        let (scopes, notes) = LoadBalancerScope.internetFacing(
            in: topology, for: rule, checking: .canReachIPv6Internet, ipAddressTypes: [.dualstack, .dualstackWithoutPublicIPv4])
        var findings = notes
        // One finding per route table: several subnets usually share it.
        var reported: Set<ResourceID> = []
        for scope in scopes {
            findings += scope.notes
            for subnet in scope.subnets {
                let table: RouteTable
                switch topology.effectiveRouteTable(of: subnet) {
                case .unknown(let reason):
                    findings.append(rule.unverified(
                        LocalizedText(Message.canReachIPv6Internet(subnet: subnet.id.name)),
                        because: reason,
                        subject: subnet.subject, location: subnet.location))
                    continue
                case .known(let found):
                    table = found
                }
                let problem: RouteProblem
                switch InternetRoute.status(of: table, ipv6: true, in: topology) {
                case .routes, .routesToDetachedGateway, .inspected:
                    continue
                case .unknown(let reason):
                    findings.append(rule.unverified(
                        LocalizedText(Message.canReachIPv6Internet(subnet: subnet.id.name)), because: reason,
                        subject: subnet.subject, location: subnet.location))
                    continue
                case .missing:
                    problem = .noRoute(destination: "::/0")
                case .routesElsewhere(let target):
                    problem = .elsewhere(destination: "::/0", target: target)
                }
                guard reported.insert(table.id).inserted else { continue }
                let users = scope.subnets.filter { topology.effectiveRouteTable(of: $0).value?.id == table.id }
                findings.append(rule.finding(
                    message: LocalizedText(Message.tableUnreachable(
                        table: table, subnets: users.map(\.id.name), loadBalancer: scope.loadBalancer.displayName, problem: problem)),
                    subject: table.subject,
                    related: [scope.loadBalancer.subject] + users.map(\.subject),
                    location: table.isMain ? subnet.location : table.location,
                    evidence: Evidence()
                        .appending("route table", LocalizedText(RouteTableName.of(table)))
                        .appending("routes", InternetRoute.describe(table.routes))
                        .appending("subnets", LocalizedText(sameInEveryLanguage: users.map(\.id.name).joined(separator: ", ")))
                        .appending("ip address type", LocalizedText(sameInEveryLanguage: scope.loadBalancer.ipAddressType.value?.rawValue ?? "?")),
                    fix: InternetRoute.fix(for: subnet, using: table, ipv6: true, in: topology)))
            }
        }
        return findings
    }
}
