import Localization
@testable import Terraform
import Testing
import _TestSupport

/// The catalog of why a fact of the model read from Terraform resources is unknown: every key
/// in English and Japanese, with the same values. `samples` is an exhaustive switch and
/// `checkEveryCase` holds the list of keys to the cases the enum declares, so a new key cannot go
/// untested.
@Suite struct TerraformModelReasonTests {
    static let reason = LocalizedText(sameInEveryLanguage: "reasonX4")

    /// How a value shows in a reason, the same in both languages.
    static func shown(_ text: String) -> LocalizedText { LocalizedText(sameInEveryLanguage: text) }

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: TerraformModelReason) -> [(TerraformModelReason, [String])] {
        switch entry {
        case .isNull:
            [(.isNull(what: .argument("vpc_id", of: "aws_subnet.aX1")), ["vpc_id", "aws_subnet.aX1", "null"])]
        case .notAResourceID:
            [(.notAResourceID(what: .argument("vpc_id", of: "aws_subnet.aX1"), value: shown("{aX2 = 1}")), ["vpc_id", "aws_subnet.aX1", "{aX2 = 1}"])]
        case .referenceAfterApply:
            [(.referenceAfterApply(what: .argument("protocol", of: "aws_lb_listener.hX3"), value: shown("aws_lb.webX4.arn")), ["protocol", "aws_lb_listener.hX3", "aws_lb.webX4.arn", "apply"])]
        case .notText:
            [(.notText(what: .argument("protocol", of: "aws_lb_listener.hX3"), value: shown("[1, 2X5]")), ["protocol", "aws_lb_listener.hX3", "[1, 2X5]"])]
        case .notANumber:
            [(.notANumber(what: .argument("port", of: "aws_lb_listener.hX3"), value: shown("\"httpX6\"")), ["port", "aws_lb_listener.hX3", "\"httpX6\""]),
             (.notANumber(what: .ruleNumber(of: "aws_network_acl.aclX9"), value: shown("\"tenX24\"")), ["aws_network_acl.aclX9", "\"tenX24\""])]
        case .notAList:
            [(.notAList(what: .argument("subnets", of: "aws_lb.webX4"), value: shown("\"subnetX7\"")), ["subnets", "aws_lb.webX4", "\"subnetX7\""])]
        case .lacksArgument:
            [(.lacksArgument(owner: "aws_subnet.aX1", argument: "vpc_idX8"), ["aws_subnet.aX1", "vpc_idX8"])]
        case .lacksRuleNumber:
            [(.lacksRuleNumber(rule: "aws_network_acl.aclX9"), ["aws_network_acl.aclX9"])]
        case .ipamCIDR:
            [(.ipamCIDR(address: "aws_vpc.mainX10"), ["aws_vpc.mainX10", "CIDR", "IPAM", "apply"])]
        case .cidrAtApply:
            [(.cidrAtApply(address: "aws_subnet.aX1"), ["aws_subnet.aX1", "CIDR", "apply"])]
        case .subnetWithoutZone:
            [(.subnetWithoutZone(address: "aws_subnet.aX1"), ["aws_subnet.aX1", "availability_zone", "AWS"])]
        case .defaultVPC:
            [(.defaultVPC(address: "aws_security_group.sgX11"), ["aws_security_group.sgX11", "vpc_id", "VPC"])]
        case .neitherSubnetsNorMapping:
            [(.neitherSubnetsNorMapping(address: "aws_lb.webX4"), ["aws_lb.webX4", "subnets", "subnet_mapping"])]
        case .notIPv6Block:
            [(.notIPv6Block(text: "2001:db8::/200X12"), ["'2001:db8::/200X12'", "IPv6"])]
        case .notIPv4Block:
            [(.notIPv4Block(what: .argument("cidr_block", of: "aws_vpc.mainX10"), text: "10.0.0.0/99"), ["cidr_block", "aws_vpc.mainX10", "'10.0.0.0/99'", "IPv4"])]
        case .notCIDRBlock:
            [(.notCIDRBlock(what: .verbatim("cidr_blocksX13"), text: "anywhereX14"), ["cidr_blocksX13", "'anywhereX14'", "CIDR"])]
        case .ruleBlockNotCIDR:
            [(.ruleBlockNotCIDR(text: "anywhereX14", rule: "aws_network_acl.aclX9"), ["'anywhereX14'", "aws_network_acl.aclX9", "CIDR"])]
        case .routesNotAllKnown:
            [(.routesNotAllKnown(address: "aws_route_table.rtX15", reason: reason), ["aws_route_table.rtX15", "reasonX4"])]
        case .routeWithoutDestination:
            [(.routeWithoutDestination, [])]
        case .gatewayNotInternetGateway:
            [(.gatewayNotInternetGateway(address: "aws_route_table.rtX15", gateway: "aws_nat_gateway.natX16"), ["aws_route_table.rtX15", "aws_nat_gateway.natX16", "gateway_id"])]
        case .routeWithoutTarget:
            [(.routeWithoutTarget(address: "aws_route_table.rtX15"), ["aws_route_table.rtX15"])]
        case .mayAddRoutes:
            [(.mayAddRoutes(address: "aws_route.extraX17", reason: reason), ["aws_route.extraX17", "reasonX4"])]
        case .notAcceptedValue:
            [(.notAcceptedValue(what: .argument("load_balancer_type", of: "aws_lb.webX4"), text: "classicX18"), ["load_balancer_type", "aws_lb.webX4", "'classicX18'", "AWS"])]
        case .internalNotBool:
            [(.internalNotBool(address: "aws_lb.webX4", value: shown("\"maybeX19\"")), ["aws_lb.webX4", "internal", "\"maybeX19\""])]
        case .forwardTargetGroup:
            [(.forwardTargetGroup(value: shown("\"tgX20\"")), ["forward", "\"tgX20\""])]
        case .unknownProtocol:
            [(.unknownProtocol(text: "sctpX21"), ["'sctpX21'"])]
        case .admitsOwnGroup:
            [(.admitsOwnGroup(rule: "aws_security_group.sgX11"), ["aws_security_group.sgX11", "self = true"])]
        case .tagsUnknown:
            [(.tagsUnknown(address: "aws_subnet.aX1", reason: reason), ["aws_subnet.aX1", "reasonX4"])]
        case .tagsNotMap:
            [(.tagsNotMap(address: "aws_subnet.aX1", value: shown("[\"tX22\"]")), ["aws_subnet.aX1", "[\"tX22\"]"])]
        case .actionNeitherAllowNorDeny:
            [(.actionNeitherAllowNorDeny(action: "permitX23", rule: "aws_network_acl.aclX9"), ["'permitX23'", "aws_network_acl.aclX9", "allow", "deny"])]
        }
    }

    @Test func modelReasons() {
        let keys: [TerraformModelReason] = [
            .isNull(what: .verbatim("")), .notAResourceID(what: .verbatim(""), value: Self.reason), .referenceAfterApply(what: .verbatim(""), value: Self.reason),
            .notText(what: .verbatim(""), value: Self.reason), .notANumber(what: .verbatim(""), value: Self.reason), .notAList(what: .verbatim(""), value: Self.reason),
            .lacksArgument(owner: "", argument: ""), .lacksRuleNumber(rule: ""), .ipamCIDR(address: ""), .cidrAtApply(address: ""),
            .subnetWithoutZone(address: ""), .defaultVPC(address: ""), .neitherSubnetsNorMapping(address: ""), .notIPv6Block(text: ""),
            .notIPv4Block(what: .verbatim(""), text: ""), .notCIDRBlock(what: .verbatim(""), text: ""), .ruleBlockNotCIDR(text: "", rule: ""),
            .routesNotAllKnown(address: "", reason: Self.reason), .routeWithoutDestination, .gatewayNotInternetGateway(address: "", gateway: ""),
            .routeWithoutTarget(address: ""), .mayAddRoutes(address: "", reason: Self.reason), .notAcceptedValue(what: .verbatim(""), text: ""),
            .internalNotBool(address: "", value: Self.reason), .forwardTargetGroup(value: Self.reason), .unknownProtocol(text: ""),
            .admitsOwnGroup(rule: ""), .tagsUnknown(address: "", reason: Self.reason), .tagsNotMap(address: "", value: Self.reason),
            .actionNeitherAllowNorDeny(action: "", rule: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/TerraformModelReason.swift")
    }

    /// The English is what the reasons said before the catalog, word for word; a wrapped reason
    /// shows in the language asked for.
    @Test func englishIsUnchanged() {
        let why = LocalizedText(english: "reasonX4", japanese: "理由X4")
        #expect(TerraformModelReason.lacksArgument(owner: "aws_subnet.a", argument: "vpc_id").english == "aws_subnet.a has no vpc_id")
        #expect(TerraformModelReason.notAResourceID(what: .argument("vpc_id", of: "aws_subnet.a"), value: LocalizedText(sameInEveryLanguage: "true")).english
            == "vpc_id of aws_subnet.a is true, not a resource id")
        #expect(TerraformModelReason.mayAddRoutes(address: "aws_route.extra", reason: why).english == "aws_route.extra may add routes here, but reasonX4")
        #expect(TerraformModelReason.mayAddRoutes(address: "aws_route.extra", reason: why).japanese.hasSuffix("理由X4"))
        #expect(TerraformModelReason.actionNeitherAllowNorDeny(action: "permit", rule: "aws_network_acl.a").english
            == "the action 'permit' of aws_network_acl.a is neither allow nor deny")
    }
}
