import Localization
@testable import Terraform
import Testing
import _TestSupport

/// The catalog of the names reasons give the values they are about: every key in English and
/// Japanese, with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds
/// the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct ValueNameTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ValueName) -> [(ValueName, [String])] {
        switch entry {
        case .verbatim:
            // Code, the same in every language by design: pinned in `verbatimIsTheSameInEveryLanguage`.
            []
        case .argument:
            [(.argument("vpc_idX1", of: "aws_subnet.aX2"), ["vpc_idX1", "aws_subnet.aX2"]),
             (.argument("access_logs.enabledX3", of: "aws_lb.webX4"), ["access_logs.enabledX3", "aws_lb.webX4"])]
        case .member:
            [(.member("bucketX5", of: .argument("access_logsX6", of: "aws_lb.webX4")), ["bucketX5", "access_logsX6", "aws_lb.webX4"]),
             (.member("idX7", of: .member("bucketX5", of: .argument("access_logsX6", of: "aws_lb.webX4"))), ["idX7", "bucketX5", "access_logsX6", "aws_lb.webX4"])]
        case .aTag:
            [(.aTag(of: "aws_subnet.aX2"), ["aws_subnet.aX2"])]
        case .aSubnet:
            [(.aSubnet(of: "aws_lb.webX4"), ["aws_lb.webX4"])]
        case .aSecurityGroup:
            [(.aSecurityGroup(of: "aws_lb.webX4"), ["aws_lb.webX4"])]
        case .routeArgument:
            [(.routeArgument("nat_gateway_idX8", ofRouteOf: "aws_route_table.rtX9"), ["nat_gateway_idX8", "aws_route_table.rtX9"])]
        case .ruleNumber:
            [(.ruleNumber(of: "aws_network_acl.aclX10"), ["aws_network_acl.aclX10"])]
        case .ruleAction:
            [(.ruleAction(of: "aws_network_acl.aclX10"), ["aws_network_acl.aclX10"])]
        case .ruleProtocol:
            [(.ruleProtocol(of: "aws_network_acl.aclX10"), ["aws_network_acl.aclX10"])]
        case .ruleBlock:
            [(.ruleBlock(of: "aws_network_acl.aclX10"), ["aws_network_acl.aclX10"])]
        case .redirectArgument:
            [(.redirectArgument("status_codeX11"), ["redirect", "status_codeX11"])]
        case .forwardTargetGroupARN:
            [(.forwardTargetGroupARN, ["target_group", "arn"])]
        }
    }

    @Test func valueNames() {
        let keys: [ValueName] = [
            .verbatim(""), .argument("", of: ""), .member("", of: .verbatim("")), .aTag(of: ""), .aSubnet(of: ""),
            .aSecurityGroup(of: ""), .routeArgument("", ofRouteOf: ""), .ruleNumber(of: ""), .ruleAction(of: ""),
            .ruleProtocol(of: ""), .ruleBlock(of: ""), .redirectArgument(""), .forwardTargetGroupARN,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/ValueName.swift")
    }

    /// Code names itself: an attribute reference or an argument alone reads the same in Japanese.
    @Test func verbatimIsTheSameInEveryLanguage() {
        #expect(ValueName.verbatim("aws_vpc.main.arn").english == "aws_vpc.main.arn")
        #expect(ValueName.verbatim("aws_vpc.main.arn").japanese == "aws_vpc.main.arn")
    }

    /// The English is what the code built before the catalog, word for word; the Japanese puts
    /// the owner first.
    @Test func englishIsUnchanged() {
        #expect(ValueName.argument("vpc_id", of: "aws_subnet.a").english == "vpc_id of aws_subnet.a")
        #expect(ValueName.argument("vpc_id", of: "aws_subnet.a").japanese == "aws_subnet.a の vpc_id")
        #expect(ValueName.argument("access_logs.enabled", of: "aws_lb.web").english == "access_logs.enabled of aws_lb.web")
        #expect(ValueName.member("bucket", of: .argument("access_logs", of: "aws_lb.web")).english == "bucket of access_logs of aws_lb.web")
        #expect(ValueName.member("bucket", of: .argument("access_logs", of: "aws_lb.web")).japanese == "aws_lb.web の access_logs の bucket")
        #expect(ValueName.aTag(of: "aws_subnet.a").english == "a tag of aws_subnet.a")
        #expect(ValueName.aSubnet(of: "aws_lb.web").english == "a subnet of aws_lb.web")
        #expect(ValueName.aSecurityGroup(of: "aws_lb.web").english == "a security group of aws_lb.web")
        #expect(ValueName.routeArgument("gateway_id", ofRouteOf: "aws_route_table.public").english == "gateway_id of a route of aws_route_table.public")
        #expect(ValueName.routeArgument("gateway_id", ofRouteOf: "aws_route_table.public").japanese == "aws_route_table.public のルートの gateway_id")
        #expect(ValueName.ruleNumber(of: "aws_network_acl.a").english == "the rule number of aws_network_acl.a")
        #expect(ValueName.ruleAction(of: "aws_network_acl.a").english == "the action of aws_network_acl.a")
        #expect(ValueName.ruleProtocol(of: "aws_network_acl.a").english == "the protocol of aws_network_acl.a")
        #expect(ValueName.ruleBlock(of: "aws_network_acl.a").english == "the block of aws_network_acl.a")
        #expect(ValueName.redirectArgument("port").english == "redirect port")
        #expect(ValueName.forwardTargetGroupARN.english == "target_group arn")
    }

    /// A reason names its value in its own language, spaced where a Latin name meets Japanese
    /// and not where Japanese meets Japanese.
    @Test func reasonsEmbedTheName() {
        let vpcID = ValueName.argument("vpc_id", of: "aws_subnet.a")
        #expect(TerraformModelReason.isNull(what: vpcID).english == "vpc_id of aws_subnet.a is null")
        #expect(TerraformModelReason.isNull(what: vpcID).japanese == "aws_subnet.a の vpc_id が null です")
        let ten = LocalizedText(sameInEveryLanguage: "\"ten\"")
        #expect(TerraformModelReason.notANumber(what: .ruleNumber(of: "aws_network_acl_rule.a"), value: ten).english
            == "the rule number of aws_network_acl_rule.a is \"ten\", not a number")
        #expect(TerraformModelReason.notANumber(what: .ruleNumber(of: "aws_network_acl_rule.a"), value: ten).japanese
            == "aws_network_acl_rule.a のルール番号が数値ではなく \"ten\" です")
        #expect(TerraformValueReason.knownOnlyAfterApply(what: .member("bucket", of: .argument("access_logs", of: "aws_lb.web"))).japanese
            == "aws_lb.web の access_logs の bucket は apply 後にしかわかりません")
        #expect(TerraformValueReason.knownOnlyAfterApply(what: .verbatim("aws_subnet.a.arn")).japanese == "aws_subnet.a.arn は apply 後にしかわかりません")
    }
}
