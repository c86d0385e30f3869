public import Findings
public import Topology
internal import Localization

/// ALB011 — the targets' security groups do not admit the load balancer's security group on the target port.
public struct TargetSecurityGroupBlocksLoadBalancer: Rule {
    public init() {}

    public static let description = FindingKind(
        id: "ALB011",
        name: "target-security-group-blocks-lb",
        title: "Target security groups do not admit the load balancer",
        summary: """
            The security groups of the targets a load balancer forwards to must admit the load balancer's \
            security group (or its subnets' addresses) on the target port.
            """,
        rationale: "Otherwise health checks fail, the targets go unhealthy and the load balancer answers 502 or 503.",
        howToFix: "Add an ingress rule on the target port with `SourceSecurityGroupId` set to the load balancer's security group.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-register-targets.html#target-security-groups",
        severity: .warning,
        triggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(),
                ExampleTemplate.httpsListener.replacingFirst(
                    "DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: '200' } }]",
                    with: "DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Targets }]"),
                """
                  WebSecurityGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: web
                      VpcId: !Ref VPC
                      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/16 }]
                  ↓Web:
                    Type: AWS::EC2::Instance
                    Properties: { ImageId: ami-12345678, SubnetId: !Ref SubnetA, SecurityGroupIds: [!Ref WebSecurityGroup] }
                  Targets:
                    Type: AWS::ElasticLoadBalancingV2::TargetGroup
                    Properties: { VpcId: !Ref VPC, Port: 80, Protocol: HTTP, Targets: [{ Id: !Ref Web }] }
                """)),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleTemplate.template(
                ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup, ExampleTemplate.loadBalancer(),
                ExampleTemplate.httpsListener.replacingFirst(
                    "DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: '200' } }]",
                    with: "DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Targets }]"),
                """
                  WebSecurityGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: web
                      VpcId: !Ref VPC
                  WebFromLoadBalancer:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties: { GroupId: !Ref WebSecurityGroup, IpProtocol: tcp, FromPort: 80, ToPort: 80, SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup }
                  Web:
                    Type: AWS::EC2::Instance
                    Properties: { ImageId: ami-12345678, SubnetId: !Ref SubnetA, SecurityGroupIds: [!Ref WebSecurityGroup] }
                  Targets:
                    Type: AWS::ElasticLoadBalancingV2::TargetGroup
                    Properties: { VpcId: !Ref VPC, Port: 80, Protocol: HTTP, Targets: [{ Id: !Ref Web }] }
                """)),
        ],
        japanese: .alb011
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        var findings: [Finding] = []
        var seen: Set<String> = []
        for lb in topology.loadBalancers {
            let lbGroups = (lb.securityGroups.value ?? []).compactMap(\.value)
            // What about the load balancer cannot be known: its security groups or subnets
            // imported from a stack not given. A target that admits none of what is known may
            // admit what is not.
            let lbUnknown = lb.securityGroups.unknownReason
                ?? lb.securityGroups.value?.lazy.compactMap(\.unknownReason).first
                ?? lb.subnets.unknownReason
                ?? lb.subnets.value?.lazy.compactMap { topology.subnet($0).flatMap { $0.cidr }.unknownReason }.first
            let lbBlocks = (lb.subnets.value ?? []).compactMap { topology.subnet($0).value?.cidr.value }
            let targetGroups = topology.listeners(of: lb).flatMap { topology.actions(of: $0) }.flatMap { action -> [ResourceID] in
                if case .forward(let groups) = action { return groups.compactMap(\.value) }
                return []
            }
            for targetGroup in targetGroups.compactMap({ topology.targetGroup($0) }) {
                for member in targetGroup.members {
                    guard seen.insert("\(lb.id)|\(targetGroup.id)|\(member.id)").inserted else { continue }
                    let unverified = { (reason: LocalizedText) in
                        findings.append(rule.unverified(
                            LocalizedText(Message.admitsLoadBalancer(target: member.id.name, loadBalancer: lb.displayName)), because: reason,
                            subject: member.subject, location: member.location))
                    }
                    guard let knownPort = member.port ?? targetGroup.port else { continue }
                    let port: Int
                    switch knownPort {
                    case .unknown(let reason):
                        unverified(LocalizedText(Message.targetPortUnknown(reason: reason)))
                        continue
                    case .known(let found):
                        port = found
                    }
                    let references: [Known<ResourceID>]
                    switch member.securityGroups {
                    case .unknown(let reason):
                        unverified(reason)
                        continue
                    case .known(let found):
                        references = found
                    }
                    let groups = references.compactMap { topology.securityGroup($0).value }
                    guard groups.count == references.count else {
                        unverified(LocalizedText(Message.securityGroupsNotInModel))
                        continue
                    }
                    var unknownIngress: Message?
                    let admits = groups.flatMap(\.ingress).contains { ingress in
                        let ports: PortRange
                        switch ingress.ports {
                        case .unknown(let reason):
                            unknownIngress = unknownIngress ?? .ingressPortsUnknown(reason: reason)
                            return false
                        case .known(let found):
                            ports = found
                        }
                        guard ports.coversTCP(port...port) else { return false }
                        let peer: SecurityGroupRule.Peer
                        switch ingress.peer {
                        case .unknown(let reason):
                            unknownIngress = unknownIngress ?? .ingressSourceUnknown(reason: reason)
                            return false
                        case .known(let found):
                            peer = found
                        }
                        switch peer {
                        case .securityGroup(let id): return lbGroups.contains(id)
                        case .block(.ipv4(let block)): return !lbBlocks.isEmpty && lbBlocks.allSatisfy { block.contains($0) }
                        case .block(.ipv6), .prefixList: return false
                        }
                    }
                    if admits { continue }
                    if let reason = unknownIngress ?? lbUnknown.map({ Message.whatToAdmitUnknown(reason: $0) }) {
                        unverified(LocalizedText(reason))
                        continue
                    }
                    findings.append(rule.finding(
                        message: LocalizedText(Message.blocksLoadBalancer(
                            target: member.id.name, targetGroup: targetGroup.id.name, securityGroups: groups.map(\.id.name), loadBalancer: lb.displayName, port: port)),
                        subject: member.subject, related: [lb.subject, targetGroup.subject] + groups.map(\.subject),
                        location: member.location,
                        evidence: (["target port": String(port)] as Evidence)
                            .appending("load-balancer security groups", EvidenceValue.names(lbGroups.map(\.name))),
                        fix: lbGroups.first.map { FixText.admit(port: port, from: .securityGroup($0), into: groups.first?.id, source: topology.source) }))
                }
            }
        }
        return findings
    }
}
