import Localization
@testable import Rules
import Testing
import Topology
import _TestSupport

/// The messages of ALB006 (resources in different VPCs), ALB007 (network ACL blocks the load
/// balancer) and ALB008 (security groups admit no client), and the fixes they share with ALB010
/// and ALB011: every key has both texts with the same values (each `samples` is an exhaustive
/// switch and `checkEveryCase` holds each list of keys to the cases its enum declares, so a new
/// key cannot go untested), and the English is the one the rules wrote before the catalog.
@Suite struct NetworkAccessMessageTests {
    typealias VPCs = LoadBalancerResourcesInDifferentVPCs.Message
    typealias ACL = NetworkACLBlocksLoadBalancer.Message
    typealias Groups = SecurityGroupAdmitsNoClient.Message

    static func samples(_ entry: VPCs) -> [(VPCs, [String])] {
        switch entry {
        case .mixedVPCs:
            [(.mixedVPCs(loadBalancer: "lbX1", vpcs: [(vpc: "VpcX6", members: ["SubX2", "SgX8"]), (vpc: "VpcX7", members: ["SubX3"])]),
              ["lbX1", "VpcX6", "VpcX7", "SubX2", "SgX8", "SubX3", "2"])]
        case .useOneVPC: [(.useOneVPC, ["VPC"])]
        case .sameVPC: [(.sameVPC(member: "SubX2", loadBalancer: "lbX1"), ["SubX2", "lbX1", "VPC"])]
        case .sameVPCOfSubnet: [(.sameVPCOfSubnet(loadBalancer: "lbX1"), ["lbX1", "VPC"])]
        case .sameVPCOfSecurityGroup: [(.sameVPCOfSecurityGroup(loadBalancer: "lbX1"), ["lbX1", "VPC"])]
        }
    }

    static func samples(_ entry: ACL) -> [(ACL, [String])] {
        switch entry {
        case .denies:
            [(.denies(acl: "AclX5", subnets: ["SubX2"], ipv6: true, traffic: .ephemeralPortsOutbound, ports: "1024–65535",
                      by: .entry(number: 117, name: "EntryX4"), loadBalancer: "lbX1"),
              ["AclX5", "SubX2", "IPv6", "1024–65535", "117", "EntryX4", "lbX1"]),
             (.denies(acl: "AclX5", subnets: ["SubX2", "SubX3"], ipv6: false, traffic: .listenerPortInbound(8443), ports: "8443",
                      by: .implicitLastRule, loadBalancer: "lbX1"),
              ["AclX5", "SubX2", "SubX3", "TCP 8443", "lbX1"])]
        case .allowListenerPort: [(.allowListenerPort(loadBalancer: "lbX1", listener: "ListenerX9"), ["lbX1", "ListenerX9", "ACL"])]
        case .letsClientsThrough: [(.letsClientsThrough(subnet: "SubX2"), ["SubX2", "ACL"])]
        case .allows: [(.allows(acl: "AclX5", traffic: .listenerPortInbound(8443)), ["AclX5", "8443"])]
        case .ipv6ClientsGetThrough: [(.ipv6ClientsGetThrough(loadBalancer: "lbX1", acl: "AclX5"), ["lbX1", "AclX5", "IPv6"])]
        case .portUnknown: [(.portUnknown(reason: "whyX2"), ["whyX2"])]
        case .deniesIPv6ToClientsOfUnknownType:
            [(.deniesIPv6ToClientsOfUnknownType(traffic: .ephemeralPortsOutbound, reason: "whyX2"), ["1024–65535", "whyX2", "IPv6", "IP"])]
        }
    }

    static func samples(_ entry: ACL.Traffic) -> [(ACL.Traffic, [String])] {
        switch entry {
        case .listenerPortInbound: [(.listenerPortInbound(8443), ["8443"])]
        case .ephemeralPortsOutbound: [(.ephemeralPortsOutbound, ["1024–65535"])]
        }
    }

    static func samples(_ entry: ACL.DeniedBy) -> [(ACL.DeniedBy, [String])] {
        switch entry {
        case .entry:
            [(.entry(number: 117, name: "EntryX4"), ["117", "EntryX4"]), (.entry(number: 117, name: nil), ["117"]),
             (.entry(number: nil, name: "EntryX4"), ["EntryX4"])]
        case .implicitLastRule: [(.implicitLastRule, [])]
        }
    }

    static func samples(_ entry: Groups) -> [(Groups, [String])] {
        switch entry {
        case .admitsNoClient:
            [(.admitsNoClient(loadBalancer: "lbX1", securityGroups: ["SgX8", "SgX9"], port: 8443, listener: "ListenerX9"),
              ["lbX1", "SgX8", "SgX9", "TCP 8443", "ListenerX9"]),
             (.admitsNoClient(loadBalancer: "lbX1", securityGroups: [], port: 8443, listener: "ListenerX9"), ["lbX1", "TCP 8443", "ListenerX9", "VPC"])]
        case .admitsOnlySome:
            [(.admitsOnlySome(loadBalancer: "lbX1", port: 8443, listener: "ListenerX9", peers: [.securityGroup(ResourceID(stack: "web", "SgX2")), .prefixList("pl-X3")]),
              ["lbX1", "TCP 8443", "ListenerX9", "SgX2", "pl-X3"]),
             (.admitsOnlySome(loadBalancer: "lbX1", port: 8443, listener: "ListenerX9", peers: [.block(.ipv4(.any))]), ["0.0.0.0/0"])]
        case .admitsClients: [(.admitsClients(loadBalancer: "lbX1"), ["lbX1"])]
        case .admitsClientsOnPortOf: [(.admitsClientsOnPortOf(loadBalancer: "lbX1", listener: "ListenerX9"), ["lbX1", "ListenerX9"])]
        case .admitsClientsOnPort: [(.admitsClientsOnPort(loadBalancer: "lbX1", port: 8443, listener: "ListenerX9"), ["lbX1", "TCP 8443", "ListenerX9"])]
        case .portUnknown: [(.portUnknown(reason: "whyX2"), ["whyX2"])]
        case .ingressPortsUnknown: [(.ingressPortsUnknown(reason: "whyX2"), ["whyX2"])]
        case .ingressSourceUnknown: [(.ingressSourceUnknown(reason: "whyX2"), ["whyX2"])]
        }
    }

    @Test func differentVPCsMessages() {
        let keys: [VPCs] = [
            .mixedVPCs(loadBalancer: "", vpcs: []), .useOneVPC, .sameVPC(member: "", loadBalancer: ""),
            .sameVPCOfSubnet(loadBalancer: ""), .sameVPCOfSecurityGroup(loadBalancer: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/LoadBalancerResourcesInDifferentVPCs+Message.swift")
    }

    @Test func networkACLMessages() {
        let keys: [ACL] = [
            .denies(acl: "", subnets: [], ipv6: false, traffic: .ephemeralPortsOutbound, ports: "", by: .implicitLastRule, loadBalancer: ""),
            .allowListenerPort(loadBalancer: "", listener: ""), .letsClientsThrough(subnet: ""), .allows(acl: "", traffic: .ephemeralPortsOutbound),
            .ipv6ClientsGetThrough(loadBalancer: "", acl: ""), .portUnknown(reason: ""),
            .deniesIPv6ToClientsOfUnknownType(traffic: .ephemeralPortsOutbound, reason: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/NetworkACLBlocksLoadBalancer+Message.swift")
        let traffic: [ACL.Traffic] = [.listenerPortInbound(0), .ephemeralPortsOutbound]
        for key in traffic { checkCatalog(Self.samples(key)) }
        checkEveryCase(traffic, declaredIn: "Sources/Rules/NetworkACLBlocksLoadBalancer+Message.swift")
        let deniers: [ACL.DeniedBy] = [.entry(number: nil, name: nil), .implicitLastRule]
        for key in deniers { checkCatalog(Self.samples(key)) }
        checkEveryCase(deniers, declaredIn: "Sources/Rules/NetworkACLBlocksLoadBalancer+Message.swift")
    }

    @Test func securityGroupMessages() {
        let keys: [Groups] = [
            .admitsNoClient(loadBalancer: "", securityGroups: [], port: 0, listener: ""), .admitsOnlySome(loadBalancer: "", port: 0, listener: "", peers: []),
            .admitsClients(loadBalancer: ""), .admitsClientsOnPortOf(loadBalancer: "", listener: ""),
            .admitsClientsOnPort(loadBalancer: "", port: 0, listener: ""), .portUnknown(reason: ""), .ingressPortsUnknown(reason: ""),
            .ingressSourceUnknown(reason: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/SecurityGroupAdmitsNoClient+Message.swift")
    }

    /// The English the rules wrote before their messages moved into the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(VPCs.mixedVPCs(loadBalancer: "lbX1", vpcs: [(vpc: "VpcX6", members: ["SubX2", "SgX8"]), (vpc: "VpcX7", members: ["SubX3"])]).english
            == "lbX1 mixes resources of 2 VPCs (VpcX6: SubX2, SgX8; VpcX7: SubX3); its subnets and security groups must share one VPC.")
        #expect(VPCs.sameVPCOfSubnet(loadBalancer: "lbX1").english == "the VPC of a subnet is the one of lbX1's other subnets and security groups")
        #expect(ACL.denies(acl: "AclX5", subnets: ["SubX2"], ipv6: true, traffic: .ephemeralPortsOutbound, ports: "1024–65535",
                           by: .entry(number: 100, name: "AclOutbound"), loadBalancer: "lbX1").english
            == "Network ACL AclX5 on SubX2 denies IPv6 ephemeral ports 1024–65535 outbound (TCP 1024–65535, by entry 100 (AclOutbound)), so clients of lbX1 that pick that node hang.")
        #expect(ACL.denies(acl: "AclX5", subnets: ["SubX2", "SubX3"], ipv6: false, traffic: .listenerPortInbound(443), ports: "443",
                           by: .implicitLastRule, loadBalancer: "lbX1").english
            == "Network ACL AclX5 on SubX2, SubX3 denies listener port 443 inbound (TCP 443, by its implicit last rule), so clients of lbX1 that pick those nodes hang.")
        #expect(ACL.DeniedBy.entry(number: nil, name: nil).english == "entry ?")
        #expect(ACL.deniesIPv6ToClientsOfUnknownType(traffic: .listenerPortInbound(443), reason: "whyX2").english
            == "it denies IPv6 listener port 443 inbound, and whether the load balancer has IPv6 clients is unknown: its IP address type is unknown (whyX2)")
        #expect(Groups.admitsNoClient(loadBalancer: "lbX1", securityGroups: [], port: 443, listener: "ListenerX9").english
            == "No security group of lbX1 (none (the VPC's default security group)) admits TCP 443, the port of ListenerX9, so every client's connection to it times out.")
        #expect(Groups.admitsOnlySome(loadBalancer: "lbX1", port: 443, listener: "ListenerX9", peers: [.block(.ipv4(.any)), .securityGroup(ResourceID(stack: "web", "SgX2"))]).english
            == "The security groups of lbX1 admit TCP 443 (ListenerX9) only from 0.0.0.0/0, security group SgX2; clients elsewhere time out — fine if deliberate.")
        #expect(Groups.ingressSourceUnknown(reason: "whyX2").english == "an ingress rule's source is unknown (whyX2)")
    }

    /// Names and addresses stand apart from the Japanese around them (和欧間スペース).
    @Test func japaneseSpacing() {
        #expect(VPCs.mixedVPCs(loadBalancer: "lbX1", vpcs: [(vpc: "VpcX6", members: ["SubX2", "SgX8"]), (vpc: "VpcX7", members: ["SubX3"])]).japanese
            == "lbX1 には 2 個の VPC のリソースが混在しています: VpcX6（SubX2、SgX8）、VpcX7（SubX3）。サブネットとセキュリティグループは 1 つの VPC のものでなければなりません。")
        #expect(ACL.denies(acl: "AclX5", subnets: ["SubX2"], ipv6: true, traffic: .ephemeralPortsOutbound, ports: "1024–65535",
                           by: .entry(number: 100, name: nil), loadBalancer: "lbX1").japanese
            == "SubX2 のネットワーク ACL AclX5 が IPv6 のアウトバウンドのエフェメラルポート 1024–65535 をエントリ 100 で拒否しています（TCP 1024–65535）。そのため、そのノードを選んだ lbX1 のクライアントはハングします。")
        #expect(Groups.admitsOnlySome(loadBalancer: "lbX1", port: 443, listener: "ListenerX9", peers: [.block(.ipv4(.any))]).japanese
            == "lbX1 のセキュリティグループは TCP 443（ListenerX9）を 0.0.0.0/0 からしか許可していません。それ以外のクライアントはタイムアウトします（意図したものなら問題ありません）。")
        #expect(ACL.allows(acl: "AclX5", traffic: .listenerPortInbound(443)).japanese == "AclX5 がインバウンドのリスナーポート 443 を許可していること")
        #expect(Groups.admitsNoClient(loadBalancer: "lbX1", securityGroups: ["SgX8"], port: 443, listener: "ListenerX9").japanese
            == "lbX1 のセキュリティグループ（SgX8）はどれも ListenerX9 のポート TCP 443 を許可していないため、このポートへのクライアントの接続はすべてタイムアウトします。")
        #expect(Groups.admitsOnlySome(loadBalancer: "lbX1", port: 443, listener: "ListenerX9", peers: [.securityGroup(ResourceID(stack: "web", "SgX2")), .prefixList("pl-X3")]).japanese
            == "lbX1 のセキュリティグループは TCP 443（ListenerX9）をセキュリティグループ SgX2、プレフィックスリスト pl-X3 からしか許可していません。それ以外のクライアントはタイムアウトします（意図したものなら問題ありません）。")
    }

    /// The fixes these rules (and ALB010, ALB011, the module input of ALB001) write read as they
    /// did before their leads moved into `FixLead`; commands and snippets are the same in Japanese.
    @Test func fixesReadAsBefore() {
        let templates = Topology.Source.templates(region: "rX"), terraform = Topology.Source.terraform(region: "rX"), account = Topology.Source.account(region: "rX")
        let lbGroup = ResourceID(stack: "web", "SgLbX1")
        let admitted = FixText.admit(port: 8080, from: .securityGroup(lbGroup), into: ResourceID(stack: "web", "SgX8"), source: templates)
        #expect(admitted.english == "Add to the SecurityGroupIngress of SgX8: { IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !Ref SgLbX1 }")
        #expect(admitted.japanese == "SgX8 の SecurityGroupIngress に追加します: { IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !Ref SgLbX1 }")
        #expect(FixText.admit(port: 443, from: .prefixList("pl-X3"), into: nil, source: terraform).english
            == "Add to the configuration: resource \"aws_vpc_security_group_ingress_rule\" \"allow_443\" { security_group_id = <the security group's id>  ip_protocol = \"tcp\"  from_port = 443  to_port = 443  prefix_list_id = \"pl-X3\" }")
        #expect(FixText.admit(port: 443, from: .prefixList("pl-X3"), into: nil, source: terraform).japanese
            == "構成に追加します: resource \"aws_vpc_security_group_ingress_rule\" \"allow_443\" { security_group_id = <セキュリティグループの ID>  ip_protocol = \"tcp\"  from_port = 443  to_port = 443  prefix_list_id = \"pl-X3\" }")
        let command = FixText.admit(port: 443, from: .securityGroup(ResourceID("sg-0lb")), into: ResourceID("sg-0x"), source: account)
        #expect(command.english == "aws ec2 authorize-security-group-ingress --group-id sg-0x --protocol tcp --port 443 --source-group sg-0lb")
        #expect(command.japanese == command.english)

        let listener = Listener(
            id: ResourceID(stack: "web", "ListenerX9"), loadBalancer: .known(ResourceID(stack: "web", "lbX1")), port: .known(443),
            protocol: .known("HTTPS"), certificateCount: .known(0), defaultActions: .known([]))
        #expect(FixText.addCertificate(to: listener, source: templates).english
            == "Add to ListenerX9's Properties: Certificates: [{ CertificateArn: <ACM certificate ARN for the site's name> }]")
        #expect(FixText.addCertificate(to: listener, source: templates).japanese
            == "ListenerX9 の Properties に追加します: Certificates: [{ CertificateArn: <サイトのドメイン名の ACM 証明書の ARN> }]")
        #expect(FixText.addCertificate(to: listener, source: terraform).english == "Add to ListenerX9: certificate_arn = <ACM certificate ARN for the site's name>")
        #expect(FixText.addCertificate(to: listener, source: account).japanese == "aws elbv2 modify-listener --listener-arn ListenerX9 --certificates CertificateArn=ACM_ARN")

        let acl = NetworkACL(id: ResourceID(stack: "net", "AclX5"), vpc: .known(ResourceID(stack: "net", "VpcQ7")))
        let entry = FixText.allowInNetworkACL(acl, below: 100, egress: true, ipv6: false, ports: 1024...65535, source: templates)
        #expect(entry.english == "Add an AWS::EC2::NetworkAclEntry to AclX5 numbered below 100: { RuleAction: allow, Protocol: 6, Egress: true, CidrBlock: 0.0.0.0/0, PortRange: { From: 1024, To: 65535 } }")
        #expect(entry.japanese == "AclX5 に、100 より小さい番号で AWS::EC2::NetworkAclEntry を追加します: { RuleAction: allow, Protocol: 6, Egress: true, CidrBlock: 0.0.0.0/0, PortRange: { From: 1024, To: 65535 } }")
        let hclACL = NetworkACL(id: ResourceID("aws_network_acl.main"), vpc: .known(ResourceID("aws_vpc.main")))
        #expect(FixText.allowInNetworkACL(hclACL, below: 100, egress: false, ipv6: true, ports: 443...443, source: terraform).english
            == "Add to the configuration: resource \"aws_network_acl_rule\" \"allow_443\" { network_acl_id = aws_network_acl.main.id  rule_number = 99  egress = false  protocol = \"tcp\"  rule_action = \"allow\"  ipv6_cidr_block = \"::/0\"  from_port = 443  to_port = 443 }")
        #expect(FixText.allowInNetworkACL(acl, below: 100, egress: false, ipv6: false, ports: 443...443, source: account).english
            == "aws ec2 create-network-acl-entry --network-acl-id AclX5 --rule-number 99 --protocol tcp --rule-action allow --ingress --cidr-block 0.0.0.0/0 --port-range From=443,To=443")

        let input = ModuleInput(module: "module.vpc", input: "private_subnets", publicOutput: "public_subnets")
        #expect(FixText.changeModuleInput(input).english
            == "module.vpc's private_subnets never route to the internet gateway: give the load balancer module.vpc.public_subnets instead of module.vpc.private_subnets, or make it internal.")
        #expect(FixText.changeModuleInput(ModuleInput(module: "module.vpc", input: "public_subnets", enabling: [.init(name: "create_igw", value: "true")])).english
            == "Set create_igw = true in module.vpc so that its public_subnets route to its internet gateway.")
    }
}
