public import Findings
public import Topology
internal import Localization

/// ALB001 — the incident albdoctor was made for: an internet-facing load balancer has a node in a subnet whose route
/// table does not send 0.0.0.0/0 to an attached internet gateway.
public struct LoadBalancerSubnetWithoutInternetRoute: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB001",
        name: "lb-subnet-without-internet-route",
        title: "Load-balancer subnet has no route to the internet",
        summary: """
            Every subnet of an internet-facing load balancer must use a route table (its explicit \
            association, else the VPC's main route table) with a 0.0.0.0/0 route to an internet gateway \
            attached to the VPC.
            """,
        rationale: """
            AWS places one load-balancer node in each subnet and publishes every node's address in DNS. \
            A node in a subnet without an internet route receives SYNs but its replies never leave, so \
            each client that picks that address hangs until its connect timeout (Chrome then shows \
            ERR_CONNECTION_RESET or ERR_CONNECTION_TIMED_OUT), a few times a day, while CloudWatch shows no \
            errors and the access log shows nothing. A subnet with no route-table association uses the VPC's \
            main route table, which in CloudFormation holds only the local route.
            """,
        howToFix: """
            Associate the subnet with the public route table (`AWS::EC2::SubnetRouteTableAssociation`), or add \
            a 0.0.0.0/0 route to the attached internet gateway to the route table it uses.
            """,
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer",
        severity: .error,
        triggeringExamples: [
            // The incident: SubnetB was never associated with the public route table.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: nil, marked: true),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // A NAT gateway carries outbound traffic only.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: "NatRouteTable", marked: true),
                """
                  NatRouteTable:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref VPC }
                  NatRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref NatRouteTable
                      DestinationCidrBlock: 0.0.0.0/0
                      NatGatewayId: nat-0123456789abcdef0
                """,
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // The second subnet is imported from a stack that was not given: unverified.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.openSecurityGroup,
                ExampleTemplate.loadBalancer(subnets: ["SubnetA"], marked: true)
                    .replacingFirst("Subnets: [!Ref SubnetA]", with: "Subnets: [!Ref SubnetA, !ImportValue other-SubnetB]"),
                ExampleTemplate.httpsListener), severity: .note),
            // Centralized inspection: SubnetB's default route goes to a transit gateway, whose far
            // side is not in the deployment: unverified.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24"),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: "CentralRouteTable", marked: true),
                """
                  CentralRouteTable:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref VPC }
                  CentralRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref CentralRouteTable
                      DestinationCidrBlock: 0.0.0.0/0
                      TransitGatewayId: tgw-0123456789abcdef0
                """,
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener), severity: .note),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.healthy),
            // Through a firewall: ALB013 checks the way back.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(edgeRoutes: ["SubnetA": ExampleTemplate.firewallEndpoint(0), "SubnetB": ExampleTemplate.firewallEndpoint(1)]),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // An internal load balancer needs no internet route.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork,
                ExampleTemplate.subnet("SubnetA", az: 0, cidr: "10.0.0.0/24", routeTable: nil),
                ExampleTemplate.subnet("SubnetB", az: 1, cidr: "10.0.1.0/24", routeTable: nil),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(scheme: "internal"), ExampleTemplate.httpsListener)),
        ],
        japanese: .alb001
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        let (scopes, notes) = LoadBalancerScope.internetFacing(in: topology, for: rule, checking: .canReachInternet, ipAddressTypes: [.ipv4, .dualstack])
        return notes + scopes.flatMap { scope in
            scope.notes + scope.subnets.compactMap { check(scope.loadBalancer, subnet: $0, nodes: scope.nodeCount, topology: topology) }
        }
    }

    private func check(_ loadBalancer: LoadBalancer, subnet: Subnet, nodes: Int, topology: Topology) -> Finding? {
        let rule = Self.description
        let subject = subnet.subject
        let table: RouteTable
        switch topology.effectiveRouteTable(of: subnet) {
        case .unknown(let reason):
            return rule.unverified(LocalizedText(RuleText.canReachInternet(subnet: subnet.id.name)), because: reason, subject: subject, location: subnet.location)
        case .known(let found):
            table = found
        }
        let status = InternetRoute.status(of: table, ipv6: false, in: topology)
        let problem: RouteProblem
        switch status {
        case .routes, .routesToDetachedGateway, .inspected:
            return nil // fine, or reported by ALB003 where the route itself is, or by ALB013 for the way back through a firewall
        case .routesElsewhere(let target) where target.kind == .transitGateway:
            return rule.unverified(
                LocalizedText(RuleText.canReachInternet(subnet: subnet.id.name)),
                because: LocalizedText(RuleText.farSideUnknown(table: table, target: target, source: topology.source)),
                subject: subject, location: subnet.location)
        case .unknown(let reason):
            return rule.unverified(LocalizedText(RuleText.canReachInternet(subnet: subnet.id.name)), because: reason, subject: subject, location: subnet.location)
        case .missing:
            problem = .missing(destination: "0.0.0.0/0")
        case .routesElsewhere(let target):
            problem = .elsewhere(destination: "0.0.0.0/0", target: target)
        }
        let zone = subnet.availabilityZone.value
        let node = loadBalancer.nodes.first { $0.subnet == subnet.id }?.publicAddress
        let message: RuleText = if let node {
            .nodeUnreachable(node: node.text, loadBalancer: loadBalancer.displayName, subnet: subnet.id.name, zone: zone, table: table, problem: problem)
        } else {
            .subnetUnreachable(subnet: subnet.id.name, zone: zone, table: table, problem: problem, loadBalancer: loadBalancer.displayName, nodes: nodes)
        }
        var evidence: Evidence = ["subnet": subnet.id.description]
        evidence.append("availability zone", EvidenceValue.zone(zone))
        evidence.append("route table", LocalizedText(RouteTableName.used(table, explicitly: !table.isMain)))
        evidence.append("routes", InternetRoute.describe(table.routes))
        evidence.append("load balancer", loadBalancer.id.description)
        evidence.append("load-balancer subnets", (loadBalancer.subnets.value ?? []).map { $0.value?.name ?? "?" }.joined(separator: ", "))
        if let node { evidence.append("node address", node.text) }
        return rule.finding(
            message: LocalizedText(message),
            subject: subject,
            related: [loadBalancer.subject, table.subject],
            location: subnet.location,
            evidence: evidence,
            fix: InternetRoute.fix(for: subnet, using: table, ipv6: false, in: topology)
        )
    }
}
