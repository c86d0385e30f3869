public import Findings
public import Topology
internal import Localization

/// ALB012 — an internet-facing Application Load Balancer without connection logs.
public struct LoadBalancerWithoutConnectionLogs: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB012",
        name: "lb-without-connection-logs",
        title: "Internet-facing load balancer without connection logs",
        summary: "An internet-facing Application Load Balancer should set `connection_logs.s3.enabled` to `true`.",
        rationale: """
            Access logs record only requests that completed a TLS handshake. Connection logs record every TLS \
            connection attempt, failed ones included; without them, clients whose handshakes fail leave no trace \
            — an unreachable node took days to find for that reason.
            """,
        howToFix: "Set the attributes `connection_logs.s3.enabled: 'true'` and `connection_logs.s3.bucket`.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-connection-logs.html",
        severity: .note,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup,
                ExampleTemplate.loadBalancer(marked: true).replacingFirst("Value: 'true'", with: "Value: 'false'"), ExampleTemplate.httpsListener)),
        ],
        nonTriggeringExamples: [RuleExample(ExampleTemplate.healthy)],
        japanese: .alb012
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        let (scopes, notes) = LoadBalancerScope.internetFacing(in: topology, for: rule, checking: .hasConnectionLogs, kinds: [.application])
        return notes + scopes.compactMap { scope -> Finding? in
            let lb = scope.loadBalancer
            switch lb.attribute("connection_logs.s3.enabled") {
            case .known(let value) where value.lowercased() == "true":
                return nil
            case .unknown(let reason):
                return rule.unverified(LocalizedText(RuleText.hasConnectionLogs(loadBalancer: lb.displayName)), because: reason, subject: lb.subject, location: lb.location)
            default:
                return rule.finding(
                    message: LocalizedText(RuleText.noConnectionLogs(loadBalancer: lb.displayName)),
                    subject: lb.subject, location: lb.location,
                    evidence: lb.attributes["connection_logs.s3.enabled"]?.value.map { ["connection_logs.s3.enabled": $0] }
                        ?? Evidence().appending("connection_logs.s3.enabled", LocalizedText(EvidenceValue.unset)),
                    fix: FixText.enableConnectionLogs(lb, source: topology.source))
            }
        }
    }
}
