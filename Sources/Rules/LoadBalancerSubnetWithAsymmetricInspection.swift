public import Findings
public import Topology
internal import Localization

/// ALB013 — an internet-facing load balancer's subnet sends 0.0.0.0/0 through a firewall
/// endpoint, but the internet gateway's edge route table does not send the subnet's block back
/// through the same endpoint.
public struct LoadBalancerSubnetWithAsymmetricInspection: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB013",
        name: "lb-subnet-asymmetric-inspection",
        title: "Inspected load-balancer subnet has no matching route back through its firewall",
        summary: """
            When a subnet of an internet-facing load balancer sends 0.0.0.0/0 (or, for a dualstack one, ::/0) to \
            an inspection endpoint (an AWS Network Firewall endpoint or a Gateway Load Balancer endpoint), the edge \
            route table of the VPC's internet gateway (`AWS::EC2::GatewayRouteTableAssociation`) must send the \
            subnet's block of that family to that same endpoint; and the subnets the endpoints live in (the firewall's \
            `SubnetMappings`, the Gateway Load Balancer endpoint's `SubnetIds`) must send 0.0.0.0/0 to an attached \
            internet gateway. Endpoints of a Network Firewall are told apart by their place in `EndpointIds` \
            (`!Select [1, !Split [":", !Select [i, !GetAtt Firewall.EndpointIds]]]`). A symmetric design gives \
            no finding; a subnet whose default route does not go to an endpoint is ALB001's.
            """,
        rationale: """
            A stateful firewall drops packets of connections it did not see start. If the edge route for a \
            subnet is missing, clients' requests reach the load-balancer node without passing the firewall while \
            the node's replies go through it, and are dropped; if it points to another zone's endpoint, requests \
            and replies pass different endpoints with the same result. Either way the clients that pick that node's \
            address time out — the symptom of a node in a subnet without an internet route, by another cause — \
            while the other nodes answer. An endpoint whose own subnet has no route to the internet gateway sends \
            what it passed nowhere, with the same result for every node behind it.
            """,
        howToFix: """
            Add to the internet gateway's edge route table a route for the subnet's CIDR block to the endpoint the \
            subnet's own 0.0.0.0/0 route uses (the same `EndpointIds` position, or the same Gateway Load Balancer \
            endpoint); give the gateway an edge route table if it has none.
            """,
        documentationURL: "https://docs.aws.amazon.com/network-firewall/latest/developerguide/arch-igw-ngw.html",
        severity: .error,
        triggeringExamples: [
            // The edge route for SubnetB was never added.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(edgeRoutes: ["SubnetA": ExampleTemplate.firewallEndpoint(0)], marked: ["SubnetB"]),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // The two zones' endpoints are crossed in the edge route table.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(
                    edgeRoutes: ["SubnetA": ExampleTemplate.firewallEndpoint(1), "SubnetB": ExampleTemplate.firewallEndpoint(0)],
                    marked: ["SubnetA", "SubnetB"]),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // A firewall subnet was never given the public route table: what its endpoint passes goes nowhere.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(
                    edgeRoutes: ["SubnetA": ExampleTemplate.firewallEndpoint(0), "SubnetB": ExampleTemplate.firewallEndpoint(1)],
                    unroutedFirewallSubnets: ["FirewallSubnetB"], marked: ["FirewallSubnetB"]),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // The internet gateway has no edge route table at all.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(edgeRoutes: nil, marked: ["SubnetA", "SubnetB"]),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // The edge route's endpoint is imported from a stack that was not given: unverified.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(
                    edgeRoutes: ["SubnetA": ExampleTemplate.firewallEndpoint(0), "SubnetB": "!ImportValue inspection-EndpointB"], marked: ["SubnetB"]),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener), severity: .note),
        ],
        nonTriggeringExamples: [
            // Distributed inspection with a Network Firewall, symmetric in both zones.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(edgeRoutes: ["SubnetA": ExampleTemplate.firewallEndpoint(0), "SubnetB": ExampleTemplate.firewallEndpoint(1)]),
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            // The same with Gateway Load Balancer endpoints of a third-party appliance.
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.inspectedNetwork(
                    endpoints: ["!Ref ApplianceEndpointA", "!Ref ApplianceEndpointB"],
                    edgeRoutes: ["SubnetA": "!Ref ApplianceEndpointA", "SubnetB": "!Ref ApplianceEndpointB"]),
                """
                  ApplianceEndpointA:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcId: !Ref VPC
                      VpcEndpointType: GatewayLoadBalancer
                      ServiceName: com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0
                      SubnetIds: [!Ref FirewallSubnetA]
                  ApplianceEndpointB:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcId: !Ref VPC
                      VpcEndpointType: GatewayLoadBalancer
                      ServiceName: com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0
                      SubnetIds: [!Ref FirewallSubnetB]
                """,
                ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            RuleExample(ExampleTemplate.healthy),
        ],
        japanese: .alb013
    )

    public func check(_ topology: Topology) -> [Finding] {
        // Only subnets known to send the whole internet to an endpoint are this rule's: ALB001
        // and ALB002 note the subnets, schemes and route tables that cannot be resolved.
        let (scopes, _) = LoadBalancerScope.internetFacing(in: topology, for: Self.description, checking: .isInspectedBothWays)
        return scopes.flatMap { scope in
            scope.subnets.flatMap { subnet in Self.families(scope).compactMap { check(scope.loadBalancer, subnet: subnet, ipv6: $0, topology: topology) } }
        } + endpointSubnetFindings(scopes, topology: topology)
    }

    /// The families a load balancer's clients use: IPv6 (true) reaches dualstack ones only.
    private static func families(_ scope: LoadBalancerScope) -> [Bool] {
        scope.loadBalancer.ipAddressType.value.map { $0 == .ipv4 ? [false] : [false, true] } ?? [false]
    }

    /// The subnets the endpoints live in must send 0.0.0.0/0 to an attached internet gateway:
    /// what the load balancer's subnets send through an endpoint leaves through them.
    private func endpointSubnetFindings(_ scopes: [LoadBalancerScope], topology: Topology) -> [Finding] {
        let rule = Self.description
        // Each endpoint with the families whose default route goes through it (a dualstack load
        // balancer's ::/0 must leave through the endpoint's subnets as well).
        var placements: [(placement: InspectionEndpointPlacement, ipv6: Bool)] = []
        var users: [ResourceID: [Message.EndpointUser]] = [:]
        for scope in scopes {
            for subnet in scope.subnets {
                guard case .known(let table) = topology.effectiveRouteTable(of: subnet) else { continue }
                for ipv6 in Self.families(scope) {
                    guard let inspected = InspectionReturnRoute.inspectedDefaultRoute(in: table, ipv6: ipv6),
                          let placement = topology.placement(of: inspected.endpoint) else { continue }
                    if !placements.contains(where: { $0.placement.id == placement.id && $0.ipv6 == ipv6 }) { placements.append((placement, ipv6)) }
                    let user = Message.EndpointUser(subnet: subnet.id.name, loadBalancer: scope.loadBalancer.displayName)
                    if users[placement.id]?.contains(user) != true { users[placement.id, default: []].append(user) }
                }
            }
        }
        var findings: [Finding] = []
        var seen: Set<String> = []
        for (placement, ipv6) in placements {
            let everything = ipv6 ? "::/0" : "0.0.0.0/0"
            let what = LocalizedText(Message.endpointSubnetsReachInternet(endpoint: placement.id.name))
            let references: [Known<ResourceID>]
            switch placement.subnets {
            case .unknown(let reason):
                findings.append(rule.unverified(what, because: reason, subject: placement.subject, location: placement.location))
                continue
            case .known(let found):
                references = found
            }
            for reference in references {
                let subnet: Subnet
                switch topology.subnet(reference) {
                case .unknown(let reason):
                    findings.append(rule.unverified(what, because: reason, subject: placement.subject, location: placement.location))
                    continue
                case .known(let found):
                    subnet = found
                }
                guard seen.insert("\(subnet.id.description)|\(ipv6)").inserted else { continue }
                let reachesInternet = LocalizedText(Message.endpointSubnetReachesInternet(subnet: subnet.id.name, endpoint: placement.id.name))
                let table: RouteTable
                switch topology.effectiveRouteTable(of: subnet) {
                case .unknown(let reason):
                    findings.append(rule.unverified(reachesInternet, because: reason, subject: subnet.subject, location: subnet.location))
                    continue
                case .known(let found):
                    table = found
                }
                let target: String?
                switch InternetRoute.status(of: table, ipv6: ipv6, in: topology) {
                case .routes, .routesToDetachedGateway:
                    continue // fine, or ALB003's
                case .unknown(let reason):
                    findings.append(rule.unverified(reachesInternet, because: reason, subject: subnet.subject, location: subnet.location))
                    continue
                case .missing:
                    target = nil
                case .routesElsewhere(let elsewhere), .inspected(let elsewhere):
                    target = "\(elsewhere)"
                }
                let through = users[placement.id] ?? []
                findings.append(rule.finding(
                    message: LocalizedText(Message.endpointSubnetGoesNowhere(
                        subnet: subnet.id.name, zone: subnet.availabilityZone.value, endpoint: placement.id.name, users: through, table: table,
                        destination: everything, target: target)),
                    subject: subnet.subject, related: [placement.subject, table.subject],
                    location: subnet.location,
                    evidence: ([
                        "endpoint subnet": subnet.id.description,
                        "firewall or endpoint": placement.id.description,
                    ] as Evidence)
                        .appending("route table", LocalizedText(RouteTableName.of(table)))
                        .appending("routes", InternetRoute.describe(table.routes))
                        .appending("sent through it by", LocalizedText(
                            english: through.map { Message.endpointUser($0).english }.joined(separator: ", "),
                            japanese: through.map { Message.endpointUser($0).japanese }.joined(separator: "、"))),
                    fix: InternetRoute.fix(for: subnet, using: table, ipv6: ipv6, in: topology)))
            }
        }
        return findings
    }

    private func check(_ loadBalancer: LoadBalancer, subnet: Subnet, ipv6: Bool, topology: Topology) -> Finding? {
        let rule = Self.description
        guard case .known(let table) = topology.effectiveRouteTable(of: subnet),
              let inspected = InspectionReturnRoute.inspectedDefaultRoute(in: table, ipv6: ipv6) else { return nil }
        let (defaultRoute, endpoint) = inspected
        let zone = subnet.availabilityZone.value
        let block = InspectionReturnRoute.block(of: subnet, ipv6: ipv6)?.value?.description ?? "?"
        let inspectedRoute = Message.InspectedRoute(subnet: subnet.id.name, zone: zone, loadBalancer: loadBalancer.displayName, endpoint: "\(endpoint)", ipv6: ipv6)
        var evidence: Evidence = ["subnet": subnet.id.description]
        evidence.append("availability zone", EvidenceValue.zone(zone))
        evidence.append("route table", LocalizedText(RouteTableName.of(table)))
        evidence.append("default route", InternetRoute.describe(defaultRoute))
        evidence.append("load balancer", loadBalancer.id.description)
        let message: Message
        let fix: LocalizedText
        var related = [loadBalancer.subject, table.subject]
        switch InspectionReturnRoute.status(of: subnet, endpoint: endpoint, ipv6: ipv6, in: topology) {
        case .symmetric, .noGateway:
            return nil
        case .unknown(let reason):
            return rule.unverified(
                LocalizedText(Message.repliesReturnThroughEndpoint(subnet: subnet.id.name, endpoint: "\(endpoint)", ipv6: ipv6)), because: reason,
                subject: subnet.subject, location: subnet.location)
        case .noEdgeRouteTable(let gateway):
            message = .noEdgeRouteTable(inspectedRoute, gateway: gateway.name, block: block)
            evidence.append("edge route table", LocalizedText(EvidenceValue.none))
            related.append(gateway.subject(.internetGateway))
            fix = FixText.newEdgeRouteTable(for: subnet, block: block, through: endpoint, gateway: gateway, source: topology.source)
        case .missing(let gateway, let edge):
            message = .noReturnRoute(inspectedRoute, gateway: gateway.name, edge: edge, block: block)
            evidence.append("edge route table", LocalizedText(RouteTableName.of(edge)))
            evidence.append("edge routes", InternetRoute.describe(edge.routes))
            related.append(edge.subject)
            fix = FixText.edgeRoute(for: subnet, block: block, through: endpoint, in: edge, replacing: nil, source: topology.source)
        case .crossed(let gateway, let edge, let route, let target):
            message = .crossedReturnRoute(inspectedRoute, gateway: gateway.name, edge: edge, destination: route.destination.value?.description ?? block, target: "\(target)")
            evidence.append("edge route table", LocalizedText(RouteTableName.of(edge)))
            evidence.append("edge route", InternetRoute.describe(route))
            related.append(edge.subject)
            fix = FixText.edgeRoute(for: subnet, block: block, through: endpoint, in: edge, replacing: route, source: topology.source)
        }
        return rule.finding(message: LocalizedText(message), subject: subnet.subject, related: related, location: subnet.location, evidence: evidence, fix: fix)
    }
}
