public import Findings
public import Topology
internal import Localization

/// ALB007 — a network ACL on an internet-facing load balancer's subnet denies a listener port
/// inbound, or the ephemeral ports 1024–65535 outbound.
public struct NetworkACLBlocksLoadBalancer: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB007",
        name: "network-acl-blocks-lb",
        title: "Network ACL blocks the load balancer's clients",
        summary: """
            The network ACL of every subnet of an internet-facing load balancer must allow each listener port \
            inbound and TCP 1024–65535 outbound, from and to any address.
            """,
        rationale: """
            Network ACLs are stateless: a reply is a new packet that the outbound rules must allow. Denying the \
            listener port drops the clients' SYNs; denying the ephemeral ports drops the node's replies — both \
            look like the hang of a node in a subnet without an internet route, for the clients that pick that node's address.
            """,
        howToFix: "Add allow entries, numbered before any deny, for the listener ports inbound and TCP 1024–65535 outbound.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer",
        severity: .error,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup,
                ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener,
                """
                  Acl:
                    Type: AWS::EC2::NetworkAcl
                    Properties: { VpcId: !Ref VPC }
                  AclInbound:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 443, To: 443 } }
                  ↓AclOutbound:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: deny, Egress: true, CidrBlock: 0.0.0.0/0, PortRange: { From: 1024, To: 65535 } }
                  AclSubnetB:
                    Type: AWS::EC2::SubnetNetworkAclAssociation
                    Properties: { SubnetId: !Ref SubnetB, NetworkAclId: !Ref Acl }
                """)),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.healthy),
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup,
                ExampleTemplate.loadBalancer(), ExampleTemplate.httpsListener,
                """
                  Acl:
                    Type: AWS::EC2::NetworkAcl
                    Properties: { VpcId: !Ref VPC }
                  AclInbound:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 443, To: 443 } }
                  AclOutbound:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, Egress: true, CidrBlock: 0.0.0.0/0, PortRange: { From: 1024, To: 65535 } }
                  AclSubnetB:
                    Type: AWS::EC2::SubnetNetworkAclAssociation
                    Properties: { SubnetId: !Ref SubnetB, NetworkAclId: !Ref Acl }
                """)),
        ],
        japanese: .alb007
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        let (scopes, notes) = LoadBalancerScope.internetFacing(in: topology, for: rule, checking: .isNotBlockedByNetworkACL)
        var findings = notes
        var reported: Set<String> = []
        for scope in scopes {
            findings += scope.notes
            let listeners = topology.listeners(of: scope.loadBalancer)
            let ports = listeners.compactMap(\.port.value)
            for listener in listeners {
                guard case .unknown(let reason) = listener.port else { continue }
                findings.append(rule.unverified(
                    LocalizedText(Message.allowListenerPort(loadBalancer: scope.loadBalancer.displayName, listener: listener.id.name)),
                    because: LocalizedText(Message.portUnknown(reason: reason)),
                    subject: listener.subject, location: listener.location))
            }
            // IPv6 is checked for dualstack load balancers; when the address type is unknown, an
            // IPv6 denial is a note, not an error.
            let ipv6Known = scope.loadBalancer.ipAddressType.value != nil
            let families = scope.loadBalancer.ipAddressType.value == .ipv4 ? [false] : [false, true]
            for subnet in scope.subnets {
                let acl: NetworkACL
                switch topology.effectiveNetworkACL(of: subnet) {
                case .unknown(let reason):
                    findings.append(rule.unverified(
                        LocalizedText(Message.letsClientsThrough(subnet: subnet.id.name)),
                        because: reason, subject: subnet.subject, location: subnet.location))
                    continue
                case .known(let found):
                    acl = found
                }
                let checks = ports.map { (egress: false, range: $0...$0, what: Message.Traffic.listenerPortInbound($0)) }
                    + [(egress: true, range: 1024...65535, what: Message.Traffic.ephemeralPortsOutbound)]
                for ipv6 in families {
                    for check in checks {
                        switch acl.deniedTCPPorts(egress: check.egress, tcpPorts: check.range, ipv6: ipv6) {
                        case .unknown(let reason):
                            findings.append(rule.unverified(
                                LocalizedText(Message.allows(acl: acl.id.name, traffic: check.what)), because: reason,
                                subject: acl.subject, location: acl.location))
                        case .known(let denials) where !denials.isEmpty && ipv6 && !ipv6Known:
                            guard reported.insert("\(acl.id)|\(check.what)|ipv6-unknown").inserted else { continue }
                            findings.append(rule.unverified(
                                LocalizedText(Message.ipv6ClientsGetThrough(loadBalancer: scope.loadBalancer.displayName, acl: acl.id.name)),
                                because: LocalizedText(Message.deniesIPv6ToClientsOfUnknownType(
                                    traffic: check.what, reason: scope.loadBalancer.ipAddressType.unknownReason ?? LocalizedText(sameInEveryLanguage: ""))),
                                subject: acl.subject, location: acl.location))
                        case .known(let denials) where !denials.isEmpty:
                            let denial = denials[0]
                            let key = "\(acl.id)|\(check.what)|\(ipv6)"
                            guard reported.insert(key).inserted else { continue }
                            let users = scope.subnets.filter { topology.effectiveNetworkACL(of: $0).value?.id == acl.id }
                            let by = denial.entry.map { Message.DeniedBy.entry(number: $0.ruleNumber.value, name: $0.id?.name) } ?? .implicitLastRule
                            let portText = denial.ports.lowerBound == denial.ports.upperBound ? "\(denial.ports.lowerBound)" : "\(denial.ports.lowerBound)–\(denial.ports.upperBound)"
                            findings.append(rule.finding(
                                message: LocalizedText(Message.denies(
                                    acl: acl.id.name, subnets: users.map(\.id.name), ipv6: ipv6, traffic: check.what, ports: portText, by: by,
                                    loadBalancer: scope.loadBalancer.displayName)),
                                subject: acl.subject,
                                related: [scope.loadBalancer.subject] + users.map(\.subject),
                                location: denial.entry?.location ?? acl.location,
                                evidence: ([
                                    "network ACL": acl.id.description,
                                ] as Evidence)
                                    .appending("direction", LocalizedText(check.egress ? EvidenceValue.outbound : .inbound))
                                    .appending("denied ports", LocalizedText(sameInEveryLanguage: "TCP \(portText)"))
                                    .appending("denied by", LocalizedText(by))
                                    .appending("subnets", LocalizedText(sameInEveryLanguage: users.map(\.id.name).joined(separator: ", "))),
                                fix: FixText.allowInNetworkACL(acl, below: denial.entry?.ruleNumber.value ?? 32767, egress: check.egress, ipv6: ipv6, ports: check.range, source: topology.source)))
                        case .known:
                            continue
                        }
                    }
                }
            }
        }
        return findings
    }
}
