public import Findings
public import Topology
internal import Localization

/// ALB008 — the security groups of an internet-facing load balancer admit no client on a listener port.
public struct SecurityGroupAdmitsNoClient: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB008",
        name: "security-group-admits-no-client",
        title: "Load-balancer security groups do not admit clients on a listener port",
        summary: """
            The security groups of an internet-facing load balancer must admit each listener port from the \
            clients: 0.0.0.0/0 (and ::/0 for dualstack) for a public site. A rule restricted to some CIDRs or \
            prefix lists is reported as a note, in case it is deliberate.
            """,
        rationale: """
            A port the security groups do not admit times out for every client, on every node — the whole site \
            or the HTTPS redirect target looks down, while the load balancer reports no errors.
            """,
        howToFix: "Add an ingress rule for the listener port from 0.0.0.0/0 (and ::/0) to one of the load balancer's security groups.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html",
        severity: .warning,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets,
                ExampleTemplate.openSecurityGroup
                    .replacingFirst("  LoadBalancerSecurityGroup:", with: "  ↓LoadBalancerSecurityGroup:")
                    .replacingFirst("\n        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }", with: ""),
                ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener)),
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets,
                ExampleTemplate.openSecurityGroup
                    .replacingFirst("  LoadBalancerSecurityGroup:", with: "  ↓LoadBalancerSecurityGroup:")
                    .replacingFirst("FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0", with: "FromPort: 443, ToPort: 443, CidrIp: 198.51.100.0/24"),
                ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener), severity: .note),
        ],
        nonTriggeringExamples: [RuleExample(ExampleTemplate.healthy)],
        japanese: .alb008
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        let (scopes, notes) = LoadBalancerScope.internetFacing(in: topology, for: rule, checking: .admitsClients, kinds: [.application])
        var findings = notes
        for scope in scopes {
            let lb = scope.loadBalancer
            let references: [Known<ResourceID>]
            switch lb.securityGroups {
            case .unknown(let reason):
                findings.append(rule.unverified(LocalizedText(Message.admitsClients(loadBalancer: lb.displayName)),
                    because: reason, subject: lb.subject, location: lb.location))
                continue
            case .known(let found):
                references = found
            }
            var groups: [SecurityGroup] = []
            var unresolved = false
            for reference in references {
                switch topology.securityGroup(reference) {
                case .known(let group): groups.append(group)
                case .unknown(let reason):
                    unresolved = true
                    findings.append(rule.unverified(LocalizedText(Message.admitsClients(loadBalancer: lb.displayName)),
                        because: reason, subject: lb.subject, location: lb.location))
                }
            }
            if unresolved { continue }
            let location = groups.first?.location ?? lb.location
            let subject = groups.first?.subject ?? lb.subject
            let ipv6 = lb.ipAddressType.value.map { $0 != .ipv4 } ?? false
            for listener in topology.listeners(of: lb) {
                let port: Int
                switch listener.port {
                case .unknown(let reason):
                    findings.append(rule.unverified(LocalizedText(Message.admitsClientsOnPortOf(loadBalancer: lb.displayName, listener: listener.id.name)),
                        because: LocalizedText(Message.portUnknown(reason: reason)), subject: listener.subject, location: listener.location))
                    continue
                case .known(let found):
                    port = found
                }
                let covering = groups.flatMap(\.ingress).filter { $0.ports.value?.coversTCP(port...port) ?? false }
                let open = covering.contains { rule in
                    guard case .known(.block(let block)) = rule.peer else { return false }
                    return block.isAnyAddress && (!block.isIPv6 || ipv6)
                }
                if open { continue }
                // A rule whose ports or peer are unknown may be the one that admits everybody.
                if let unknown = groups.flatMap(\.ingress).first(where: { rule in
                    rule.ports.value == nil && rule.peer.value.map { if case .securityGroup = $0 { false } else { true } } ?? true
                        || rule.ports.value?.coversTCP(port...port) == true && rule.peer.value == nil
                }), let reason = unknown.ports.unknownReason ?? unknown.peer.unknownReason {
                    findings.append(rule.unverified(LocalizedText(Message.admitsClientsOnPort(loadBalancer: lb.displayName, port: port, listener: listener.id.name)),
                        because: LocalizedText(unknown.ports.value == nil ? Message.ingressPortsUnknown(reason: reason) : .ingressSourceUnknown(reason: reason)),
                        subject: subject, location: unknown.location ?? location))
                    continue
                }
                let groupNames = EvidenceValue.names(groups.map(\.id.name), empty: .defaultSecurityGroup)
                if covering.isEmpty {
                    findings.append(rule.finding(
                        message: LocalizedText(Message.admitsNoClient(loadBalancer: lb.displayName, securityGroups: groups.map(\.id.name), port: port, listener: listener.id.name)),
                        subject: subject, related: [lb.subject, listener.subject], location: location,
                        evidence: (["listener": "\(listener.id.name) (\(listener.protocol.value ?? "?") \(port))"] as Evidence).appending("security groups", groupNames),
                        fix: FixText.admit(port: port, from: .block(.ipv4(.any)), into: groups.first?.id, source: topology.source)))
                } else {
                    let peers = covering.compactMap(\.peer.value)
                    findings.append(rule.finding(
                        severity: .note,
                        message: LocalizedText(Message.admitsOnlySome(loadBalancer: lb.displayName, port: port, listener: listener.id.name, peers: peers)),
                        subject: subject, related: [lb.subject, listener.subject], location: location,
                        evidence: (["listener": "\(listener.id.name) (\(listener.protocol.value ?? "?") \(port))", "admitted": peers.map(\.description).joined(separator: ", ")] as Evidence)
                            .appending("security groups", groupNames)))
                }
            }
        }
        return findings
    }
}
