public import Findings
public import Topology
internal import Localization

/// ALB003 — a route sends traffic to an internet gateway that is not attached to the route table's VPC.
public struct RouteToDetachedInternetGateway: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB003",
        name: "route-to-detached-internet-gateway",
        title: "Route to an internet gateway that is not attached to the VPC",
        summary: """
            A route's internet gateway must be attached to the route table's VPC with an \
            `AWS::EC2::VPCGatewayAttachment`.
            """,
        rationale: """
            An internet gateway carries traffic only for the VPC it is attached to. A route to a detached \
            gateway is a blackhole: every subnet using the table is cut off from the internet, and an \
            internet-facing load balancer with nodes there hangs for the clients that pick them.
            """,
        howToFix: "Attach the gateway to the VPC (`AWS::EC2::VPCGatewayAttachment`), and make the route `DependsOn` the attachment.",
        documentationURL: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork
                    .replacingFirst("  GatewayAttachment:\n    Type: AWS::EC2::VPCGatewayAttachment\n    Properties:\n      VpcId: !Ref VPC\n      InternetGatewayId: !Ref InternetGateway\n", with: "")
                    .replacingFirst("  DefaultRoute:", with: "  ↓DefaultRoute:"),
                ExampleTemplate.twoPublicSubnets)),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.template(ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets)),
        ],
        japanese: .alb003
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        var findings: [Finding] = []
        for table in topology.routeTables {
            for route in table.routes {
                guard case .known(let target) = route.target, target.kind == .internetGateway, let gateway = target.id?.value else { continue }
                let subject = route.id?.subject(.route) ?? table.subject
                switch InternetRoute.attachment(of: gateway, to: table.vpc, in: topology) {
                case .known(true):
                    continue
                case .unknown(let reason):
                    guard topology.internetGateways.contains(where: { $0.id == gateway }) else { continue }
                    findings.append(rule.unverified(
                        LocalizedText(Message.isAttached(gateway: gateway.name, table: table)), because: reason,
                        subject: subject, location: route.location ?? table.location))
                case .known(false):
                    let vpc = table.vpc.value?.name ?? "?"
                    let attachedTo = topology.attachments(of: gateway).compactMap { $0.value?.name }
                    let users = topology.subnets.filter { topology.effectiveRouteTable(of: $0).value?.id == table.id }
                    findings.append(rule.finding(
                        message: LocalizedText(Message.routeToDetachedGateway(
                            table: table, destination: route.destination.value?.description, gateway: gateway.name, vpc: vpc,
                            attachedTo: attachedTo, subnets: users.map(\.id.name))),
                        subject: subject,
                        related: [table.subject, gateway.subject(.internetGateway)] + users.map(\.subject),
                        location: route.location ?? table.location,
                        evidence: Evidence()
                            .appending("route", InternetRoute.describe(route))
                            .appending("route table", LocalizedText(RouteTableName.of(table)))
                            .appending("VPC", LocalizedText(sameInEveryLanguage: vpc))
                            .appending("gateway attached to", attachedTo.isEmpty
                                ? LocalizedText(EvidenceValue.nothing) : LocalizedText(sameInEveryLanguage: attachedTo.joined(separator: ", "))),
                        fix: FixText.attach(gateway, to: vpc, source: topology.source)))
                }
            }
        }
        return findings
    }
}
