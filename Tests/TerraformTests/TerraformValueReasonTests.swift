import Localization
@testable import Terraform
import Testing
import _TestSupport

/// The catalog of why a Terraform value is not known and why a module is not read: every key in
/// English and Japanese, with the same values. `samples` is an exhaustive switch and
/// `checkEveryCase` holds the list of keys to the cases the enum declares, so a new key cannot go
/// untested.
@Suite struct TerraformValueReasonTests {
    static let reason = LocalizedText(sameInEveryLanguage: "reasonX4")

    /// How a value shows in a reason, the same in both languages.
    static func shown(_ text: String) -> LocalizedText { LocalizedText(sameInEveryLanguage: text) }

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: TerraformValueReason) -> [(TerraformValueReason, [String])] {
        switch entry {
        case .countUnknown:
            [(.countUnknown(address: "aws_subnet.subX1", reason: reason), ["aws_subnet.subX1", "count", "reasonX4"])]
        case .countNotANumber:
            [(.countNotANumber(address: "aws_subnet.subX1", value: shown("\"threeX2\"")), ["aws_subnet.subX1", "count", "\"threeX2\""])]
        case .forEachNotStrings:
            [(.forEachNotStrings(address: "aws_subnet.subX1"), ["aws_subnet.subX1", "for_each"])]
        case .forEachUnknown:
            [(.forEachUnknown(address: "aws_subnet.subX1", reason: reason), ["aws_subnet.subX1", "for_each", "reasonX4"])]
        case .forEachNotACollection:
            [(.forEachNotACollection(address: "aws_subnet.subX1", value: shown("\"threeX2\"")), ["aws_subnet.subX1", "for_each", "\"threeX2\""])]
        case .unorderedEndpoints:
            [(.unorderedEndpoints(position: "fwX3.tf:3:5"), ["fwX3.tf:3:5", "Network Firewall", "sync_states", "AWS", "availability_zone", "attachment[0].subnet_id"]),
             (.unorderedEndpoints(position: nil), ["element()", "sync_states"])]
        case .dataSourceNotRead:
            [(.dataSourceNotRead(address: "data.aws_vpc.sharedX4"), ["data.aws_vpc.sharedX4", "AWS", "albdoctor", "--var"])]
        case .variableWithoutValue:
            [(.variableWithoutValue(name: "cidrX5"), ["\"cidrX5\"", "--var cidrX5=VALUE", ".tfvars"])]
        case .inputWithoutValue:
            [(.inputWithoutValue(call: "module.netX6", name: "cidrX5"), ["module.netX6", "\"cidrX5\""])]
        case .moduleOutputsNotKnown:
            [(.moduleOutputsNotKnown(module: "module.netX6", reason: reason), ["module.netX6", "reasonX4"])]
        case .outputNotModelled:
            [(.outputNotModelled(module: "module.vpcX7", source: "orgX8/vpc/aws", output: "intra_subnetsX9", outputs: "vpc_id, public_subnetsX10"),
              ["module.vpcX7", "orgX8/vpc/aws", "intra_subnetsX9", "vpc_id, public_subnetsX10", "albdoctor", "terraform init"])]
        case .knownOnlyAfterApply:
            [(.knownOnlyAfterApply(what: .verbatim("aws_vpc.mainX11.arn")), ["aws_vpc.mainX11.arn", "apply"]),
             (.knownOnlyAfterApply(what: .argument("vpc_id", of: "aws_subnet.aX12")), ["vpc_id", "aws_subnet.aX12", "apply"])]
        case .knownOnlyAfterApplyGiveFolder:
            [(.knownOnlyAfterApplyGiveFolder(what: .argument("vpc_id", of: "aws_subnet.aX12"), file: "planX13.json"), ["vpc_id", "aws_subnet.aX12", "apply", "albdoctor lint DIR planX13.json"])]
        case .textKnownOnlyAfterApply:
            [(.textKnownOnlyAfterApply(reference: "aws_vpc.mainX11.id"), ["aws_vpc.mainX11.id", "apply"])]
        case .regexPatternUnreadable:
            [(.regexPatternUnreadable(pattern: "[unclosedX14"), ["[unclosedX14", "regexall()", "albdoctor"])]
        case .functionNotEvaluated:
            [(.functionNotEvaluated(name: "templatefileX15"), ["templatefileX15()", "albdoctor"])]
        case .dynamicForEachUnknown:
            [(.dynamicForEachUnknown(type: "ingressX16", position: "sgX17.tf:4:7", reason: reason), ["ingressX16", "sgX17.tf:4:7", "dynamic", "for_each", "reasonX4"])]
        case .blockAttributeUnknown:
            [(.blockAttributeUnknown(type: "routeX18", position: "rtX19.tf:2:3", reason: reason), ["routeX18", "rtX19.tf:2:3", "reasonX4"])]
        case .firewallBlocksUnknown:
            [(.firewallBlocksUnknown(address: "aws_networkfirewall_firewall.fwX20", reason: reason), ["aws_networkfirewall_firewall.fwX20", "subnet_mapping", "reasonX4"])]
        case .subnetMappingWithoutSubnetID:
            [(.subnetMappingWithoutSubnetID(address: "aws_lb.webX21"), ["aws_lb.webX21", "subnet_mapping", "subnet_id"])]
        case .firewallWithoutMapping:
            [(.firewallWithoutMapping(address: "aws_networkfirewall_firewall.fwX20"), ["aws_networkfirewall_firewall.fwX20", "subnet_mapping"])]
        case .zoneKnownOnlyToAWS:
            [(.zoneKnownOnlyToAWS(subnet: "subnet-0abcX22"), ["subnet-0abcX22", "AWS"])]
        case .firewallSubnetUnknown:
            [(.firewallSubnetUnknown(address: "aws_networkfirewall_firewall.fwX20", reason: reason),
              ["aws_networkfirewall_firewall.fwX20", "subnet_mapping", "subnet_id", "reasonX4"])]
        case .firewallSubnetNotID:
            [(.firewallSubnetNotID(address: "aws_networkfirewall_firewall.fwX20", value: shown("[\"aX23\"]")),
              ["aws_networkfirewall_firewall.fwX20", "subnet_mapping", "subnet_id", "[\"aX23\"]"])]
        case .endpointStatusAfterApply:
            [(.endpointStatusAfterApply(firewall: "aws_networkfirewall_firewall.fwX20", subnet: "aws_subnet.fwX24"),
              ["aws_networkfirewall_firewall.fwX20", "aws_subnet.fwX24", "apply"])]
        case .subnetWithoutZoneAtApply:
            [(.subnetWithoutZoneAtApply(subnet: "aws_subnet.fwX24"), ["aws_subnet.fwX24", "availability_zone", "AWS", "apply"])]
        case .zoneNotLookedUp:
            [(.zoneNotLookedUp(subnet: "aws_subnet.fwX24", module: "module.inspectionX25"), ["aws_subnet.fwX24", "module.inspectionX25"]),
             (.zoneNotLookedUp(subnet: "aws_subnet.fwX24", module: nil), ["aws_subnet.fwX24"])]
        case .modulesNestTooDeep:
            [(.modulesNestTooDeep, ["32"])]
        case .moduleOutsideFolders:
            [(.moduleOutsideFolders(folder: "../sharedX26/net", rootFolder: "liveX27"), ["../sharedX26/net", "albdoctor lint liveX27 ../sharedX26/net"])]
        case .moduleFolderEmpty:
            [(.moduleFolderEmpty(folder: "./netX28"), ["./netX28", ".tf", ".tf.json"])]
        case .installedFolderEmpty:
            [(.installedFolderEmpty(folder: ".terraform/modules/vpcX29"), [".terraform/modules/vpcX29", "terraform init", ".tf.json"])]
        case .moduleNotInstalled:
            [(.moduleNotInstalled(manifest: "liveX27/.terraform/modules/modules.json", key: "vpcX29", rootFolder: "liveX27"),
              ["liveX27/.terraform/modules/modules.json", "vpcX29", "terraform init", "liveX27", "lint"])]
        }
    }

    @Test func valueReasons() {
        let keys: [TerraformValueReason] = [
            .countUnknown(address: "", reason: Self.reason), .countNotANumber(address: "", value: Self.reason), .forEachNotStrings(address: ""),
            .forEachUnknown(address: "", reason: Self.reason), .forEachNotACollection(address: "", value: Self.reason), .unorderedEndpoints(position: nil),
            .dataSourceNotRead(address: ""), .variableWithoutValue(name: ""), .inputWithoutValue(call: "", name: ""),
            .moduleOutputsNotKnown(module: "", reason: Self.reason), .outputNotModelled(module: "", source: "", output: "", outputs: ""),
            .knownOnlyAfterApply(what: .verbatim("")), .knownOnlyAfterApplyGiveFolder(what: .verbatim(""), file: ""), .textKnownOnlyAfterApply(reference: ""),
            .regexPatternUnreadable(pattern: ""), .functionNotEvaluated(name: ""),
            .dynamicForEachUnknown(type: "", position: "", reason: Self.reason), .blockAttributeUnknown(type: "", position: "", reason: Self.reason),
            .firewallBlocksUnknown(address: "", reason: Self.reason), .subnetMappingWithoutSubnetID(address: ""), .firewallWithoutMapping(address: ""),
            .zoneKnownOnlyToAWS(subnet: ""), .firewallSubnetUnknown(address: "", reason: Self.reason), .firewallSubnetNotID(address: "", value: Self.reason),
            .endpointStatusAfterApply(firewall: "", subnet: ""), .subnetWithoutZoneAtApply(subnet: ""), .zoneNotLookedUp(subnet: "", module: nil),
            .modulesNestTooDeep, .moduleOutsideFolders(folder: "", rootFolder: ""), .moduleFolderEmpty(folder: ""), .installedFolderEmpty(folder: ""),
            .moduleNotInstalled(manifest: "", key: "", rootFolder: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/TerraformValueReason.swift")
    }

    /// The English is what the reasons said before the catalog, word for word; a wrapped reason
    /// shows in the language asked for.
    @Test func englishIsUnchanged() {
        let why = LocalizedText(english: "reasonX4", japanese: "理由X4")
        #expect(TerraformValueReason.countUnknown(address: "aws_subnet.a", reason: why).english == "the count of aws_subnet.a is unknown: reasonX4")
        #expect(TerraformValueReason.countUnknown(address: "aws_subnet.a", reason: why).japanese == "aws_subnet.a の count が不明です: 理由X4")
        #expect(TerraformValueReason.variableWithoutValue(name: "vpc_cidr").english
            == "variable \"vpc_cidr\" has no value; pass --var vpc_cidr=VALUE or set it in a .tfvars file")
        #expect(TerraformValueReason.unorderedEndpoints(position: nil).english
            == "element() picks one of a Network Firewall's endpoints by position, but its sync_states are a set whose order AWS decides at apply; pick the endpoint by availability_zone or by attachment[0].subnet_id instead")
        #expect(TerraformValueReason.unorderedEndpoints(position: "main.tf:3:5").english.hasPrefix("the index at main.tf:3:5 picks one of"))
        #expect(TerraformValueReason.zoneNotLookedUp(subnet: "aws_subnet.a", module: nil).english
            == "the availability zone of aws_subnet.a, a subnet of another module than the root module's callers, is not looked up")
        #expect(TerraformValueReason.knownOnlyAfterApplyGiveFolder(what: .argument("vpc_id", of: "aws_subnet.a"), file: "plan.json").english
            == "vpc_id of aws_subnet.a is known only after apply; give the configuration's folder too (albdoctor lint DIR plan.json) so albdoctor can tell which resource its expression names")
    }

    /// A value shows the same in both languages, but for the reason of an unknown in it.
    @Test func displayOfAValue() {
        let why = LocalizedText(english: "reasonX4", japanese: "理由X4")
        let value = TerraformValue.list([.string("a"), .number(2), .unknown(why)])
        #expect(value.display.english == "[\"a\", 2, (unknown: reasonX4)]")
        #expect(value.display.japanese == "[\"a\", 2, （不明: 理由X4）]")
        #expect(value.display(in: .ja) == value.display.japanese)
        #expect(TerraformValue.object(["k": .null]).display == LocalizedText(sameInEveryLanguage: "{k = null}"))
    }
}
