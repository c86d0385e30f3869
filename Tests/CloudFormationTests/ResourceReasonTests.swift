@testable import CloudFormation
import Localization
import Testing
import _TestSupport

/// The catalog of why a fact of a template resource is unknown in the model: every key in
/// English and Japanese, with the same values. `samples` is an exhaustive switch and
/// `checkEveryCase` holds the list of keys to the cases the enum declares, so a new key cannot go
/// untested.
@Suite struct ResourceReasonTests {
    static let reason = LocalizedText(sameInEveryLanguage: "reasonX4")

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ResourceReason) -> [(ResourceReason, [String])] {
        switch entry {
        case .noProperty:
            [(.noProperty(resource: "ResX1", property: "PropX2"), ["ResX1", "PropX2"])]
        case .propertyUnknown:
            [(.propertyUnknown(property: "PropX2", resource: "ResX1", reason: reason), ["PropX2", "ResX1", "reasonX4"])]
        case .propertyIs:
            [(.propertyIs(property: "PropX2", found: "<unknown>"), ["PropX2", "<unknown>"]), (.propertyIs(property: "PropX2", found: "{KeyX3: x}"), ["{KeyX3: x}"])]
        case .notAList:
            [(.notAList(found: "valueX5"), ["valueX5"])]
        case .cidrAllocatedAtDeploy:
            [(.cidrAllocatedAtDeploy(resource: "VpcX6"), ["VpcX6", "CIDR"])]
        case .noAvailabilityZone:
            [(.noAvailabilityZone(subnet: "SubnetX7"), ["SubnetX7", "AvailabilityZone", "AWS"])]
        case .notIPv6Block:
            [(.notIPv6Block(text: "blockX8"), ["'blockX8'", "IPv6"])]
        case .unknownProtocol:
            [(.unknownProtocol(text: "protoX9"), ["'protoX9'"])]
        case .ruleActionInvalid:
            [(.ruleActionInvalid(text: "permitX10"), ["RuleAction 'permitX10'", "allow", "deny"])]
        case .defaultVPC:
            [(.defaultVPC(group: "GroupX11"), ["GroupX11", "VpcId", "VPC"])]
        case .notAcceptedValue:
            [(.notAcceptedValue(text: "valueX12"), ["'valueX12'", "AWS"])]
        case .wrongType:
            [(.wrongType(property: "SubnetId", resource: "ResX1", target: "TargetX13", actual: "AWS::EC2::VPC", noun: "Subnet", type: "AWS::EC2::Subnet"),
              ["SubnetId", "ResX1", "TargetX13", "AWS::EC2::VPC", "Subnet", "AWS::EC2::Subnet"])]
        case .attributeWithoutKey:
            [(.attributeWithoutKey, ["Key"])]
        case .attributeWithoutValue:
            [(.attributeWithoutValue(key: "idle_timeout.timeout_seconds"), ["idle_timeout.timeout_seconds"])]
        case .attributeKeyUnknown:
            [(.attributeKeyUnknown(loadBalancer: "LbX14", reason: reason), ["LbX14", "LoadBalancerAttributes", "reasonX4"])]
        case .noSubnets:
            [(.noSubnets(loadBalancer: "LbX14"), ["LbX14", "Subnets", "SubnetMappings"])]
        case .mappingWithoutSubnet:
            [(.mappingWithoutSubnet, ["SubnetId"])]
        case .mappingOfResourceWithoutSubnet:
            [(.mappingOfResourceWithoutSubnet(resource: "FirewallX15"), ["FirewallX15", "SubnetId"])]
        case .tagWithoutKey:
            [(.tagWithoutKey, ["Key"])]
        case .tagWithoutValue:
            [(.tagWithoutValue(key: "TagX16", resource: "ResX1"), ["TagX16", "ResX1", "Value"])]
        case .tagKeyUnknown:
            [(.tagKeyUnknown(resource: "ResX1", reason: reason), ["ResX1", "reasonX4"])]
        case .noDestination:
            [(.noDestination(route: "RouteX17"), ["RouteX17"])]
        case .noTarget:
            [(.noTarget(route: "RouteX17"), ["RouteX17"])]
        case .ruleWithoutProtocol:
            [(.ruleWithoutProtocol, ["IpProtocol"])]
        case .ruleWithoutPeer:
            [(.ruleWithoutPeer, [])]
        case .actionsAre:
            [(.actionsAre(found: "valueX18"), ["valueX18"])]
        case .noStatusCode:
            [(.noStatusCode, ["StatusCode"])]
        case .defaultSecurityGroup:
            [(.defaultSecurityGroup(instance: "InstanceX19"), ["InstanceX19", "VPC"])]
        case .launchTemplateNotGiven:
            [(.launchTemplateNotGiven(group: "AsgX20"), ["AsgX20"])]
        case .notAwsvpc:
            [(.notAwsvpc(service: "ServiceX21"), ["ServiceX21", "awsvpc"])]
        }
    }

    @Test func resourceReasons() {
        let keys: [ResourceReason] = [
            .noProperty(resource: "", property: ""), .propertyUnknown(property: "", resource: "", reason: Self.reason), .propertyIs(property: "", found: ""),
            .notAList(found: ""), .cidrAllocatedAtDeploy(resource: ""), .noAvailabilityZone(subnet: ""), .notIPv6Block(text: ""),
            .unknownProtocol(text: ""), .ruleActionInvalid(text: ""), .defaultVPC(group: ""), .notAcceptedValue(text: ""),
            .wrongType(property: "", resource: "", target: "", actual: "", noun: "", type: ""), .attributeWithoutKey, .attributeWithoutValue(key: ""),
            .attributeKeyUnknown(loadBalancer: "", reason: Self.reason), .noSubnets(loadBalancer: ""), .mappingWithoutSubnet,
            .mappingOfResourceWithoutSubnet(resource: ""), .tagWithoutKey, .tagWithoutValue(key: "", resource: ""),
            .tagKeyUnknown(resource: "", reason: Self.reason), .noDestination(route: ""), .noTarget(route: ""), .ruleWithoutProtocol,
            .ruleWithoutPeer, .actionsAre(found: ""), .noStatusCode, .defaultSecurityGroup(instance: ""), .launchTemplateNotGiven(group: ""),
            .notAwsvpc(service: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/ResourceReason.swift")
    }

    /// The English is what the model's reasons said before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(ResourceReason.wrongType(property: "SubnetId", resource: "Route", target: "Vpc", actual: "AWS::EC2::VPC", noun: "Subnet", type: "AWS::EC2::Subnet").english
            == "SubnetId of Route refers to Vpc, which is an AWS::EC2::VPC, not a Subnet (AWS::EC2::Subnet)")
        #expect(ResourceReason.propertyUnknown(property: "Tags", resource: "Vpc", reason: LocalizedText(english: "no value")).english == "Tags of Vpc is unknown (no value)")
        #expect(ResourceReason.notAwsvpc(service: "Service").english == "Service does not use awsvpc networking, so its tasks carry the instances' security groups")
    }
}
