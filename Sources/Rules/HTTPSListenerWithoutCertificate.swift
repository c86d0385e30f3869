public import Findings
public import Topology
internal import Localization

/// ALB010 — an HTTPS or TLS listener without a certificate.
public struct HTTPSListenerWithoutCertificate: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB010",
        name: "https-listener-without-certificate",
        title: "HTTPS listener without a certificate",
        summary: "An HTTPS (or TLS) listener must have a default certificate in `Certificates`.",
        rationale: "CloudFormation rejects the listener without one; with a wrong one clients fail the TLS handshake, which access logs never show.",
        howToFix: "Add `Certificates: [{ CertificateArn: … }]` with an ACM certificate for the site's name.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(),
                ExampleTemplate.httpsListener
                    .replacingFirst("  HttpsListener:", with: "  ↓HttpsListener:")
                    .replacingFirst("      Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/1 }]\n", with: ""))),
        ],
        nonTriggeringExamples: [RuleExample(ExampleTemplate.healthy)],
        japanese: .alb010
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        return topology.listeners.compactMap { listener -> Finding? in
            guard listener.terminatesTLS.value == true else { return nil }
            switch listener.certificateCount {
            case .unknown(let reason):
                return rule.unverified(
                    LocalizedText(Message.hasCertificate(listener: listener.id.name)), because: reason,
                    subject: listener.subject, location: listener.location)
            case .known(let count) where count == 0:
                return rule.finding(
                    message: LocalizedText(Message.noCertificate(listener: listener.id.name, protocol: listener.protocol.value ?? "HTTPS", port: listener.port.value)),
                    subject: listener.subject, location: listener.location,
                    evidence: ["protocol": listener.protocol.value ?? "?", "certificates": "0"],
                    fix: FixText.addCertificate(to: listener, source: topology.source))
            case .known:
                return nil
            }
        }
    }
}
