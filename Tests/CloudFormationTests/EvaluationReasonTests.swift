@testable import CloudFormation
import Localization
import Testing
import _TestSupport

/// The catalog of why a template value cannot be known: every key in English and Japanese, with
/// the same values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of keys
/// to the cases the enum declares, so a new key cannot go untested.
@Suite struct EvaluationReasonTests {
    static let reason = LocalizedText(sameInEveryLanguage: "reasonX4")

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: EvaluationReason) -> [(EvaluationReason, [String])] {
        switch entry {
        case .knownAfterDeployment:
            [(.knownAfterDeployment(value: "vpcX1"), ["'vpcX1'"])]
        case .blockKnownAfterDeployment:
            [(.blockKnownAfterDeployment(block: "VpcX2.CidrBlock"), ["VpcX2.CidrBlock"])]
        case .noValue:
            [(.noValue, [])]
        case .notSingleValue:
            [(.notSingleValue(found: "[aX3, bX3]"), ["[aX3, bX3]"]), (.notSingleValue(found: "<unknown>"), ["<unknown>"])]
        case .notResourceID:
            [(.notResourceID(found: "{KeyX5: valueX5}"), ["{KeyX5: valueX5}"])]
        case .located:
            [(.located(reason: reason, location: "dirX6/t.yaml:7:28"), ["reasonX4", "dirX6/t.yaml:7:28"])]
        case .notWholeNumber:
            [(.notWholeNumber(text: "eightyX7"), ["'eightyX7'"])]
        case .notIPv4Block:
            [(.notIPv4Block(text: "10.0.0.0/99"), ["'10.0.0.0/99'", "IPv4", "CIDR"])]
        case .notCIDRBlock:
            [(.notCIDRBlock(text: "blockX8"), ["'blockX8'", "CIDR"])]
        case .unspecified:
            [(.unspecified, [])]
        case .parameterFromSSM:
            [(.parameterFromSSM(parameter: "ParamX9", stack: "stackX10"), ["ParamX9", "stackX10", "SSM Parameter Store", "--parameter stackX10.ParamX9=VALUE"])]
        case .parameterWithoutValue:
            [(.parameterWithoutValue(parameter: "ParamX9", stack: "stackX10"), ["ParamX9", "stackX10", "--parameter stackX10.ParamX9=VALUE"])]
        case .moduleParameterWithoutValue:
            [(.moduleParameterWithoutValue(parameter: "CidrX11", module: "NetworkX12", file: "modules/vpcX13.yaml"),
              ["CidrX11", "NetworkX12", "modules/vpcX13.yaml", "Rain", "Properties"])]
        case .intrinsicNotAlone:
            [(.intrinsicNotAlone(function: "Fn::SubX14", location: "t.yaml:3:5"), ["Fn::SubX14", "t.yaml:3:5"])]
        case .attributeNameUnknown:
            [(.attributeNameUnknown(resource: "ResX15"), ["Fn::GetAtt ResX15"])]
        case .exportNameUnknown:
            [(.exportNameUnknown(reason: reason), ["reasonX4"])]
        case .getAZsRegionUnknown:
            [(.getAZsRegionUnknown, ["Fn::GetAZs"])]
        case .dependsOnCondition:
            [(.dependsOnCondition(condition: "CondX16", reason: reason), ["CondX16", "reasonX4"])]
        case .cidrOverIPv6:
            [(.cidrOverIPv6(block: "2001:db8::/56"), ["2001:db8::/56", "Fn::Cidr", "IPv6"])]
        case .evaluatedAtDeployTime:
            [(.evaluatedAtDeployTime(function: "Fn::GetStackOutput"), ["Fn::GetStackOutput", "CloudFormation", "albdoctor"])]
        case .chosenByAWS:
            [(.chosenByAWS(resource: "SubnetX17", attribute: "AvailabilityZone"), ["SubnetX17.AvailabilityZone", "AWS"])]
        case .firewallWithoutSubnetMappings:
            [(.firewallWithoutSubnetMappings(firewall: "FirewallX18"), ["FirewallX18", "SubnetMappings"])]
        case .firewallSubnetMappingsUnknown:
            [(.firewallSubnetMappingsUnknown(firewall: "FirewallX18", reason: reason), ["FirewallX18", "SubnetMappings", "reasonX4"])]
        case .exportedByMany:
            [(.exportedByMany(name: "exportX19", stacks: ["stackX20", "stackX21"]), ["'exportX19'", "stackX20", "stackX21"])]
        case .exportedElsewhere:
            [(.exportedElsewhere(name: "exportX19", exporter: "stackX20", exporterPlace: "111122223333/us-west-2", stack: "stackX21", place: "AWS::AccountId/us-east-1"),
              ["'exportX19'", "stackX20", "111122223333/us-west-2", "stackX21", "AWS::AccountId/us-east-1"])]
        case .notExportedDidYouMean:
            [(.notExportedDidYouMean(name: "exportX19", near: "ExportX19"), ["'exportX19'", "'ExportX19'"])]
        case .notExported:
            [(.notExported(name: "exportX19"), ["'exportX19'", "--stack NAME=PATH"])]
        case .nestedTemplateNotKnown:
            [(.nestedTemplateNotKnown(logicalID: "ChildX22"), ["ChildX22"])]
        case .nestedTemplateNotRead:
            [(.nestedTemplateNotRead(logicalID: "ChildX22", output: "OutX23", reason: reason), ["ChildX22.Outputs.OutX23", "ChildX22", "albdoctor", "reasonX4"])]
        case .nestedOutputMissing:
            [(.nestedOutputMissing(logicalID: "ChildX22", file: "childX24.yaml", output: "OutX23"), ["ChildX22", "childX24.yaml", "OutX23"])]
        case .nestedInItself:
            [(.nestedInItself(location: "parentX25.yaml", stack: "stackX10"), ["parentX25.yaml", "stackX10"])]
        case .nestedTooDeep:
            [(.nestedTooDeep(location: "deepX26.yaml", levels: 917), ["deepX26.yaml", "917"])]
        case .nestedTemplatesNotRead:
            [(.nestedTemplatesNotRead, [])]
        case .templateURLOutside:
            [(.templateURLOutside(url: "https://bucketX27/x.yaml", path: "/elsewhere/x.yaml"), ["--template-url https://bucketX27/x.yaml=/elsewhere/x.yaml"])]
        case .urlNamesNoFile:
            [(.urlNamesNoFile(url: "https://bucketX27/"), ["https://bucketX27/"])]
        case .noTemplateEndsWith:
            [(.noTemplateEndsWith(suffix: "dirX28/childX24.yaml", url: "s3://bucketX27/dirX28/childX24.yaml"),
              ["dirX28/childX24.yaml", "s3://bucketX27/dirX28/childX24.yaml", "--template-url s3://bucketX27/dirX28/childX24.yaml=PATH", "lint"])]
        case .outsideFolders:
            [(.outsideFolders(location: "../outsideX29.yaml"), ["../outsideX29.yaml", "albdoctor"])]
        case .fileMissing:
            [(.fileMissing(location: "childX24.yaml", absolute: "/work/childX24.yaml", otherEnding: nil), ["childX24.yaml", "/work/childX24.yaml"]),
             (.fileMissing(location: "childX24.yaml", absolute: "/work/childX24.yaml", otherEnding: "childX24.yml"), ["/work/childX24.yaml", "childX24.yml"])]
        case .loopNotShaped:
            [(.loopNotShaped(loop: "Fn::ForEach::SubnetsX30", location: "t.yaml:9:3"), ["Fn::ForEach::SubnetsX30", "t.yaml:9:3", "[Identifier, Collection, {OutputKey: OutputValue}]"])]
        case .notListOfStrings:
            [(.notListOfStrings(found: "{KeyX5: valueX5}"), ["{KeyX5: valueX5}"])]
        case .loopCollectionUnknown:
            [(.loopCollectionUnknown(loop: "Fn::ForEach::SubnetsX30", location: "t.yaml:9:3", reason: reason), ["Fn::ForEach::SubnetsX30", "t.yaml:9:3", "reasonX4"])]
        case .unreadModuleResource:
            [(.unreadModuleResource(name: "NetworkX12VPC", module: "NetworkX12", reason: reason), ["NetworkX12VPC", "NetworkX12", "reasonX4"])]
        case .registryModule:
            [(.registryModule(type: "OrgX31::Net::Vpc::MODULE"), ["OrgX31::Net::Vpc::MODULE", "CloudFormation", "albdoctor"])]
        case .moduleTooDeep:
            [(.moduleTooDeep(path: "modules/deepX32.yaml", levels: 917), ["modules/deepX32.yaml", "917"])]
        case .remoteModule:
            [(.remoteModule(path: "https://hostX33/m.yaml"), ["https://hostX33/m.yaml", "albdoctor"])]
        case .modulesNotRead:
            [(.modulesNotRead, [])]
        case .moduleUnreadable:
            [(.moduleUnreadable(file: "modules/vpcX13.yaml", error: "errorX34"), ["modules/vpcX13.yaml", "errorX34"])]
        case .notAModule:
            [(.notAModule(file: "modules/vpcX13.yaml"), ["modules/vpcX13.yaml", "Resources"])]
        }
    }

    @Test func evaluationReasons() {
        let keys: [EvaluationReason] = [
            .knownAfterDeployment(value: ""), .blockKnownAfterDeployment(block: ""), .noValue, .notSingleValue(found: ""), .notResourceID(found: ""),
            .located(reason: Self.reason, location: ""), .notWholeNumber(text: ""), .notIPv4Block(text: ""), .notCIDRBlock(text: ""), .unspecified,
            .parameterFromSSM(parameter: "", stack: ""), .parameterWithoutValue(parameter: "", stack: ""),
            .moduleParameterWithoutValue(parameter: "", module: "", file: ""), .intrinsicNotAlone(function: "", location: ""),
            .attributeNameUnknown(resource: ""), .exportNameUnknown(reason: Self.reason), .getAZsRegionUnknown,
            .dependsOnCondition(condition: "", reason: Self.reason), .cidrOverIPv6(block: ""), .evaluatedAtDeployTime(function: ""),
            .chosenByAWS(resource: "", attribute: ""), .firewallWithoutSubnetMappings(firewall: ""),
            .firewallSubnetMappingsUnknown(firewall: "", reason: Self.reason), .exportedByMany(name: "", stacks: []),
            .exportedElsewhere(name: "", exporter: "", exporterPlace: "", stack: "", place: ""), .notExportedDidYouMean(name: "", near: ""),
            .notExported(name: ""), .nestedTemplateNotKnown(logicalID: ""), .nestedTemplateNotRead(logicalID: "", output: "", reason: Self.reason),
            .nestedOutputMissing(logicalID: "", file: "", output: ""), .nestedInItself(location: "", stack: ""), .nestedTooDeep(location: "", levels: 0),
            .nestedTemplatesNotRead, .templateURLOutside(url: "", path: ""), .urlNamesNoFile(url: ""), .noTemplateEndsWith(suffix: "", url: ""),
            .outsideFolders(location: ""), .fileMissing(location: "", absolute: "", otherEnding: nil), .loopNotShaped(loop: "", location: ""),
            .notListOfStrings(found: ""), .loopCollectionUnknown(loop: "", location: "", reason: Self.reason),
            .unreadModuleResource(name: "", module: "", reason: Self.reason), .registryModule(type: ""), .moduleTooDeep(path: "", levels: 0),
            .remoteModule(path: ""), .modulesNotRead, .moduleUnreadable(file: "", error: ""), .notAModule(file: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/EvaluationReason.swift")
    }

    /// The English is what the reasons said before the catalog, word for word; a wrapped reason
    /// shows in the language asked for.
    @Test func englishIsUnchanged() {
        let why = LocalizedText(english: "reasonX4", japanese: "理由X4")
        #expect(EvaluationReason.located(reason: why, location: "t.yaml:7:28").english == "reasonX4 (t.yaml:7:28)")
        #expect(EvaluationReason.located(reason: why, location: "t.yaml:7:28").japanese == "理由X4（t.yaml:7:28）")
        #expect(EvaluationReason.notExported(name: "net-Vpc").english
            == "no given stack exports 'net-Vpc'; pass the stack that exports it (a template path or --stack NAME=PATH)")
        #expect(EvaluationReason.notExportedDidYouMean(name: "net-vpc", near: "net-Vpc").english == "no given stack exports 'net-vpc'; did you mean 'net-Vpc'?")
        #expect(EvaluationReason.fileMissing(location: "x.yaml", absolute: "/w/x.yaml", otherEnding: nil).english == "x.yaml does not exist (looked for /w/x.yaml)")
        #expect(EvaluationReason.fileMissing(location: "x.yaml", absolute: "/w/x.yaml", otherEnding: "x.yml").english
            == "x.yaml does not exist (looked for /w/x.yaml); x.yml does: is that the one meant?")
        #expect(EvaluationReason.exportedByMany(name: "shared-vpc", stacks: ["one", "two"]).english
            == "'shared-vpc' is exported by more than one stack (one, two), so which value it imports is not known")
    }
}
