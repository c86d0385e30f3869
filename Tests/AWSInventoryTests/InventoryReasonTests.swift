@testable import AWSModel
import Testing
import _TestSupport

/// The catalog of why a fact read from an account is unknown: every key in English and
/// Japanese, with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds
/// the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct InventoryReasonTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: InventoryReason) -> [(InventoryReason, [String])] {
        switch entry {
        case .missingField: [(.missingField(call: "DescribeSubnets", field: "vpcIdX1", record: "subnet-X2"), ["DescribeSubnets", "vpcIdX1", "subnet-X2"])]
        case .entryFieldMissing:
            [(.entryFieldMissing(call: "DescribeNetworkAcls", field: "ruleActionX3", acl: "acl-X4"), ["DescribeNetworkAcls", "ruleActionX3", "acl-X4"])]
        case .entryProtocolMissing: [(.entryProtocolMissing(acl: "acl-X4"), ["DescribeNetworkAcls", "acl-X4"])]
        case .entryProtocolUnknown: [(.entryProtocolUnknown(protocol: "protoX5", acl: "acl-X4"), ["'protoX5'", "acl-X4"])]
        case .ruleActionUnknown: [(.ruleActionUnknown("actionX6"), ["actionX6"])]
        case .entryWithoutBlock: [(.entryWithoutBlock, ["CIDR"])]
        case .classicSecurityGroup: [(.classicSecurityGroup, ["EC2-Classic"])]
        case .schemeUnknown: [(.schemeUnknown("schemeX7"), ["schemeX7"])]
        case .typeUnknown: [(.typeUnknown("typeX8"), ["typeX8"])]
        case .addressTypeUnknown: [(.addressTypeUnknown("typeX9"), ["typeX9"])]
        case .listenerWithoutPort: [(.listenerWithoutPort, [])]
        case .listenerWithoutProtocol: [(.listenerWithoutProtocol, [])]
        case .noNetworkInterface: [(.noNetworkInterface(target: "i-X10"), ["i-X10"])]
        case .vpcWithoutIPv4Block: [(.vpcWithoutIPv4Block, ["IPv4"])]
        case .ipv6OnlySubnet: [(.ipv6OnlySubnet, ["IPv6"])]
        case .snapshotWithoutSubnetTags: [(.snapshotWithoutSubnetTags, ["albdoctor aws --save-snapshot FILE"])]
        case .routeWithoutDestination: [(.routeWithoutDestination, [])]
        case .routeWithoutTarget: [(.routeWithoutTarget, [])]
        case .permissionWithoutProtocol: [(.permissionWithoutProtocol, ["DescribeSecurityGroups", "ipProtocol"])]
        case .protocolUnknown: [(.protocolUnknown("protoX5"), ["'protoX5'"])]
        }
    }

    @Test func inventoryReasons() {
        let keys: [InventoryReason] = [
            .missingField(call: "", field: "", record: ""), .entryFieldMissing(call: "", field: "", acl: ""), .entryProtocolMissing(acl: ""),
            .entryProtocolUnknown(protocol: "", acl: ""), .ruleActionUnknown(""), .entryWithoutBlock, .classicSecurityGroup, .schemeUnknown(""),
            .typeUnknown(""), .addressTypeUnknown(""), .listenerWithoutPort, .listenerWithoutProtocol, .noNetworkInterface(target: ""),
            .vpcWithoutIPv4Block, .ipv6OnlySubnet, .snapshotWithoutSubnetTags, .routeWithoutDestination, .routeWithoutTarget,
            .permissionWithoutProtocol, .protocolUnknown(""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/AWSModel/InventoryReason.swift")
    }

    /// The English is what the model said before the catalog (but for the missing protocol's
    /// sentence, whose grammar the move mended).
    @Test func englishIsUnchanged() {
        #expect(InventoryReason.missingField(call: "DescribeSubnets", field: "vpcId", record: "subnet-1").english == "DescribeSubnets gave no vpcId for subnet-1")
        #expect(InventoryReason.entryFieldMissing(call: "DescribeNetworkAcls", field: "ruleAction", acl: "acl-1").english
            == "DescribeNetworkAcls gave no ruleAction for an entry of acl-1")
        #expect(InventoryReason.entryProtocolMissing(acl: "acl-1").english == "DescribeNetworkAcls gave no protocol for an entry of acl-1")
        #expect(InventoryReason.entryProtocolUnknown(protocol: "gre", acl: "acl-1").english == "protocol 'gre' of an entry of acl-1")
        #expect(InventoryReason.schemeUnknown("public").english == "scheme public")
        #expect(InventoryReason.noNetworkInterface(target: "i-1").english == "no network interface of i-1 was returned")
        #expect(InventoryReason.snapshotWithoutSubnetTags.english
            == "the snapshot was saved before albdoctor kept subnet tags; save it again with albdoctor aws --save-snapshot FILE")
        #expect(InventoryReason.permissionWithoutProtocol.english == "DescribeSecurityGroups gave a permission without ipProtocol")
        #expect(InventoryReason.protocolUnknown("gre").english == "protocol 'gre'")
    }
}
