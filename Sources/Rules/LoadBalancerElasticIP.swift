public import Findings
public import Topology
internal import Localization

/// ALB014 — the Elastic IP of a load balancer's subnet mapping must be one the load balancer
/// can hold: an internet-facing Network Load Balancer's, in the deployment, held by nothing else.
public struct LoadBalancerElasticIP: Rule {
    public init() {}

    /// A Network Load Balancer with two subnet mappings; `allocations` are the mappings'
    /// `AllocationId` lines (nil: none), `extra` more resources.
    static func example(allocations: [String?], scheme: String = "internet-facing", extra: String = "", marked: Bool = false) -> String {
        let mappings = zip(["SubnetA", "SubnetB"], allocations).map { subnet, allocation in
            "        - SubnetId: !Ref \(subnet)" + (allocation.map { "\n          AllocationId: \($0)" } ?? "")
        }.joined(separator: "\n")
        return ExampleTemplate.template(
            ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets,
            """
              AddressA:
                Type: AWS::EC2::EIP
                Properties: { Domain: vpc }
              AddressB:
                Type: AWS::EC2::EIP
                Properties: { Domain: vpc }
              \(marked ? "↓" : "")LoadBalancer:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Type: network
                  Scheme: \(scheme)
                  SubnetMappings:
            \(mappings)
            """ + (extra.isEmpty ? "" : "\n" + extra))
    }

    public static let description = FindingKind(
        id: "ALB014",
        name: "lb-elastic-ip",
        title: "Elastic IP of a subnet mapping cannot be the load balancer's",
        summary: """
            An `AllocationId` in a load balancer's `SubnetMappings` must be for an internet-facing Network Load \
            Balancer, name an Elastic IP of the deployment (one from elsewhere is unverified), and be held by \
            nothing else: not another subnet mapping, not a NAT gateway, not an instance.
            """,
        rationale: """
            Clients are given the Elastic IPs in DNS, one per zone. An address that is already a NAT gateway's or an \
            instance's cannot be the node's: CloudFormation fails to create the load balancer, or, if the address \
            is moved later, that zone's node stops answering on it and the clients that pick it time out. \
            Application Load Balancers and internal load balancers take no Elastic IP. The rule reads templates \
            and Terraform: on a live account AWS itself refuses each of these when the load balancer is created \
            (and keeps a node's Elastic IP from being moved), so `albdoctor aws` has nothing to check here.
            """,
        howToFix: "Give each subnet mapping its own `AWS::EC2::EIP` (`AllocationId: !GetAtt Address.AllocationId`) that nothing else uses.",
        documentationURL: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#ip-address-type",
        severity: .error,
        triggeringExamples: [
            // One Elastic IP for both zones.
            RuleExample(example(allocations: ["!GetAtt AddressA.AllocationId", "!GetAtt AddressA.AllocationId"], marked: true)),
            // The NAT gateway already holds the address.
            RuleExample(example(allocations: ["!GetAtt AddressA.AllocationId", "!GetAtt AddressB.AllocationId"], extra: """
                  NatGateway:
                    Type: AWS::EC2::NatGateway
                    Properties: { SubnetId: !Ref SubnetA, AllocationId: !GetAtt AddressB.AllocationId }
                """, marked: true)),
            // An internal load balancer takes no Elastic IP.
            RuleExample(example(allocations: ["!GetAtt AddressA.AllocationId", nil], scheme: "internal", marked: true)),
            // An allocation from outside the deployment: unverified.
            RuleExample(example(allocations: ["eipalloc-0123456789abcdef0", "!GetAtt AddressB.AllocationId"], marked: true), severity: .note),
        ],
        nonTriggeringExamples: [
            RuleExample(example(allocations: ["!GetAtt AddressA.AllocationId", "!GetAtt AddressB.AllocationId"])),
            RuleExample(example(allocations: [nil, nil])),
            RuleExample(ExampleTemplate.healthy),
        ],
        japanese: .alb014
    )

    public func check(_ topology: Topology) -> [Finding] {
        let rule = Self.description
        var findings: [Finding] = []
        var mappingsByAllocation: [ResourceID: [(loadBalancer: LoadBalancer, mapping: SubnetMapping)]] = [:]
        for lb in topology.loadBalancers {
            for mapping in lb.subnetMappings {
                guard let allocation = mapping.allocation else { continue }
                let subnet = mapping.subnet.value?.name ?? "a subnet"
                let subject = lb.subject
                if let problem = holderProblem(lb) {
                    findings.append(rule.finding(
                        message: LocalizedText(Message.cannotHoldElasticIP(loadBalancer: lb.displayName, subnet: mapping.subnet.value?.name, problem: problem)),
                        subject: subject, location: lb.location,
                        evidence: ["subnet mapping": subnet, "AllocationId": allocation.value?.name ?? "?", "type": lb.kind.value?.rawValue ?? "?", "scheme": lb.scheme.value?.rawValue ?? "?"],
                        fix: LocalizedText(Message.removeAllocation(mapping: subnet))))
                    continue
                }
                switch allocation {
                case .unknown(let reason):
                    findings.append(rule.unverified(
                        LocalizedText(Message.elasticIPIsFree(loadBalancer: lb.displayName, subnet: mapping.subnet.value?.name)), because: reason,
                        subject: subject, location: lb.location))
                case .known(let id):
                    if topology.elasticIPs.contains(where: { $0.id == id }) {
                        mappingsByAllocation[id, default: []].append((lb, mapping))
                    } else {
                        let outside: Message
                        switch topology.source {
                        case .templates: outside = .allocationNotInTemplates(allocation: "\(id)", region: topology.region)
                        case .account: outside = .allocationNotInAccount(allocation: "\(id)")
                        case .terraform: outside = .allocationNotInConfiguration(allocation: "\(id)", region: topology.region)
                        }
                        findings.append(rule.unverified(
                            LocalizedText(Message.elasticIPIsFree(loadBalancer: lb.displayName, subnet: mapping.subnet.value?.name)), because: LocalizedText(outside),
                            subject: subject, location: lb.location))
                    }
                }
            }
        }
        for (allocation, uses) in mappingsByAllocation.sorted(by: { $0.key < $1.key }) {
            let holders = topology.elasticIPHolders.filter { $0.allocation == .known(allocation) }
            guard uses.count > 1 || !holders.isEmpty else { continue }
            let nodes = uses.map { Message.Holder.node(loadBalancer: $0.loadBalancer.displayName, subnet: $0.mapping.subnet.value?.name) }
            for (index, use) in uses.enumerated() {
                let others = holders.map { Message.Holder.resource(kind: $0.kind, name: $0.id.name) } + nodes.enumerated().filter { $0.offset != index }.map(\.element)
                let elsewhere = LocalizedText(english: others.map(\.english).joined(separator: ", "), japanese: others.map(\.japanese).joined(separator: "、"))
                findings.append(rule.finding(
                    message: LocalizedText(Message.sharedElasticIP(node: nodes[index], allocation: allocation.name, others: others)),
                    subject: use.loadBalancer.subject, related: [allocation.subject(.elasticIP)] + holders.map(\.subject), location: use.loadBalancer.location,
                    evidence: (["Elastic IP": allocation.description, "subnet mapping": use.mapping.subnet.value?.name ?? "?"] as Evidence).appending("also held by", elsewhere),
                    fix: LocalizedText(Message.giveOwnElasticIP(mapping: use.mapping.subnet.value?.name))))
            }
        }
        return findings
    }

    /// Why this load balancer can hold no Elastic IP at all, when it cannot.
    private func holderProblem(_ lb: LoadBalancer) -> Message.HolderProblem? {
        if lb.kind.value == .application { return .applicationLoadBalancer }
        if lb.scheme.value == .internal { return .internalLoadBalancer }
        return nil
    }
}
