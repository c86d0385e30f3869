import Findings
import Localization
@testable import Rules
import Testing
import Topology
import _TestSupport

/// A fix's snippet reads the same in every language but for its placeholders, which a Japanese
/// report shows in Japanese (`FixPlaceholder`); the English is what it always was.
@Suite struct LocalizedFixTests {
    /// ALB009's fix (an HTTPS listener to add) through the rule itself, and the evidence label
    /// made of the load balancer's name.
    @Test func redirectFixAndEvidenceReadInJapanese() throws {
        let example = try #require(RuleRegistry.rule(named: "ALB009")?.ruleDescription.details?.triggeringExamples.first)
        let findings = try MarkedExample(example).findings(parameters: example.parameters)
        let finding = try #require(findings.first { $0.ruleID == "ALB009" })
        let fix = try #require(finding.localizedFix)
        #expect(fix.english.contains("Certificates: [{ CertificateArn: <your ACM certificate ARN> }]"))
        #expect(fix.english.contains("DefaultActions: [<forward to your target group>]"))
        let japanese = try #require(fix.japanese)
        #expect(japanese.contains("Certificates: [{ CertificateArn: <ACM 証明書の ARN> }]"), "\(japanese)")
        #expect(japanese.contains("DefaultActions: [<ターゲットグループへの転送>]"), "\(japanese)")
        #expect(!japanese.contains("<your") && !japanese.contains("<forward"))

        let listeners = try #require(finding.evidence.first { $0.key.hasPrefix("listeners of ") })
        let loadBalancer = listeners.key.dropFirst("listeners of ".count)
        #expect(EvidenceLabel.text(for: listeners, in: .en) == listeners.key)
        #expect(EvidenceLabel.text(for: listeners, in: .ja) == "\(loadBalancer) のリスナー")
    }

    /// ALB008 on a load balancer given no security group: its evidence names the VPC's default
    /// one in the report's language, not in English inside a Japanese report.
    @Test func defaultSecurityGroupEvidenceReadsInJapanese() throws {
        let template = ExampleTemplate.template(
            ExampleTemplate.publicNetwork, ExampleTemplate.twoPublicSubnets, ExampleTemplate.openSecurityGroup,
            ExampleTemplate.loadBalancer().replacingFirst("\n      SecurityGroups: [!Ref LoadBalancerSecurityGroup]", with: ""),
            ExampleTemplate.httpsListener)
        let findings = try MarkedExample(RuleExample(template)).findings(parameters: [])
        let finding = try #require(findings.first { $0.ruleID == "ALB008" }, "\(findings.map(\.message))")
        let groups = try #require(finding.evidence.first { $0.key == "security groups" })
        #expect(groups.value(in: .en) == "none (the VPC's default security group)")
        #expect(groups.value(in: .ja) == "なし（VPC のデフォルトセキュリティグループ）")
    }

    /// ALB007's direction is a word, in the report's language.
    @Test func networkACLDirectionReadsInJapanese() throws {
        let example = try #require(RuleRegistry.rule(named: "ALB007")?.ruleDescription.details?.triggeringExamples.first)
        let finding = try #require(try MarkedExample(example).findings(parameters: example.parameters).first { $0.ruleID == "ALB007" })
        let direction = try #require(finding.evidence.first { $0.key == "direction" })
        let expected: [(String, String)] = [("inbound", "インバウンド"), ("outbound", "アウトバウンド")]
        #expect(expected.contains { $0.0 == direction.value(in: .en) && $0.1 == direction.value(in: .ja) }, "\(direction.value(in: .en)) / \(direction.value(in: .ja))")
    }

    /// Placeholders made deep in the helpers (a VPC the model does not know, an export of
    /// another stack) follow the snippet's language.
    @Test func placeholdersOfTheHelpersFollowTheLanguage() {
        let subnet = Subnet(id: ResourceID(stack: "net", "SubX2"), vpc: .unknown(reason: "whyX1"), availabilityZone: .known("zoneX3"), cidr: .unknown(reason: "whyX1"))
        let command = FixText.newPublicRouteTable(for: subnet, gateway: nil, source: .account(region: "rX"))
        #expect(command.english.contains("aws ec2 create-route-table --vpc-id <the VPC>;"))
        #expect(command.japanese?.contains("aws ec2 create-route-table --vpc-id <対象の VPC>;") == true, "\(command.japanese ?? "")")
        let hcl = FixText.newPublicRouteTable(for: subnet, gateway: nil, source: .terraform(region: "rX"))
        #expect(hcl.english.contains("    vpc_id = <the VPC's id>"))
        #expect(hcl.japanese?.contains("    vpc_id = <VPC の ID>") == true, "\(hcl.japanese ?? "")")

        let table = RouteTable(id: ResourceID(stack: "net", "RtbZ9"), vpc: .known(ResourceID(stack: "net", "VpcQ7")))
        let route = FixText.addRoute("0.0.0.0/0", to: ResourceID(stack: "edge", "IgwX4"), in: table, source: .templates(region: "rX"))
        #expect(route.english.contains("RouteTableId: !ImportValue <the export of RtbZ9 from stack net>"))
        #expect(route.english.contains("GatewayId: !ImportValue <the export of IgwX4 from stack edge>"))
        #expect(route.japanese?.contains("RouteTableId: !ImportValue <スタック net の RtbZ9 のエクスポート>") == true, "\(route.japanese ?? "")")
        #expect(route.japanese?.contains("GatewayId: !ImportValue <スタック edge の IgwX4 のエクスポート>") == true, "\(route.japanese ?? "")")
    }

    /// HCL's values from another module: the same English as before, Japanese in Japanese.
    @Test func terraformPlaceholders() {
        let anchor = ResourceID("aws_internet_gateway.main")
        let firewall = RouteTarget(
            kind: .networkFirewallEndpoint, id: nil, firewall: ResourceID("module.fw.aws_networkfirewall_firewall.this"), subnet: ResourceID("aws_subnet.fw[0]"))
        #expect(FixText.hclEndpoint(firewall, from: anchor, in: .en) == "<the endpoint of module.fw.aws_networkfirewall_firewall.this in aws_subnet.fw[0], passed in>")
        #expect(FixText.hclEndpoint(firewall, from: anchor, in: .ja) == "<aws_subnet.fw[0] の module.fw.aws_networkfirewall_firewall.this のエンドポイント（モジュールに渡す）>")
        #expect(FixText.hclEndpoint(RouteTarget(kind: .vpcEndpoint, id: nil), from: anchor, in: .en) == "<the endpoint of the subnet's default route>")
        #expect(FixText.hclEndpoint(RouteTarget(kind: .vpcEndpoint, id: nil), from: anchor, in: .ja) == "<サブネットのデフォルトルートのエンドポイント>")
        #expect(FixText.hclReference(ResourceID("module.net.aws_vpc.main"), from: anchor, in: .en) == "<the id of module.net.aws_vpc.main, passed in>")
        #expect(FixText.hclReference(ResourceID("module.net.aws_vpc.main"), from: anchor, in: .ja) == "<module.net.aws_vpc.main の id（モジュールに渡す）>")
        #expect(FixText.hclReference(ResourceID("aws_vpc.main"), from: anchor, in: .ja) == "aws_vpc.main.id")
        #expect(FixText.hclReference(ResourceID("vpc-0abc"), from: anchor, in: .ja) == "\"vpc-0abc\"")
        #expect(FixText.hclReference(ResourceID("aws_lb.main"), attribute: "arn") == "aws_lb.main.arn")
    }
}
