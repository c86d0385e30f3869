@testable import CloudFormation
import Localization
import Testing
import _TestSupport

/// The catalog of the notes about templates (CFN001–CFN005): every key in English and Japanese,
/// with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of
/// keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct TemplateNoteTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: TemplateNoteText) -> [(TemplateNoteText, [String])] {
        switch entry {
        case .yamlAliases:
            [(.yamlAliases(file: "dirX1/stackX2.yaml", line: 173), ["dirX1/stackX2.yaml", "173", "YAML", "`aws cloudformation package`", "`sam build`"])]
        case .exportedTwice:
            [(.exportedTwice(name: "exportX3", others: ["stackX4 (a.yaml:3:5)", "stackX5 (b.yaml:7:9)"]),
              ["'exportX3'", "stackX4 (a.yaml:3:5)", "stackX5 (b.yaml:7:9)", "CloudFormation"])]
        case .rainModuleNotRead:
            [(.rainModuleNotRead(module: "ModuleX6", path: "modules/x7.yaml", reason: LocalizedText(sameInEveryLanguage: "reasonX8")), ["Rain", "ModuleX6", "modules/x7.yaml", "reasonX8"])]
        case .registryModuleNotRead:
            [(.registryModuleNotRead(module: "ModuleX6", stack: "stackX2", reason: LocalizedText(sameInEveryLanguage: "reasonX8")),
              ["ModuleX6", "reasonX8", "`aws cloudformation get-template --stack-name stackX2 --template-stage Processed`"])]
        case .regionNotKnown:
            [(.regionNotKnown(region: "regionX9", stacks: ["stackX2"], written: "aws://unknown-account/unknown-region"),
              ["regionX9", "stackX2", "aws://unknown-account/unknown-region", "AWS::Region", "--region REGION", "CDK", "env"]),
             (.regionNotKnown(region: "regionX9", stacks: ["stackX2", "stackX4"], written: "aws://unknown-account/unknown-region"), ["regionX9", "stackX2", "stackX4"])]
        case .environmentAgnostic:
            [(.environmentAgnostic(stacks: ["stackX2"], written: "aws://unknown-account/unknown-region"), ["stackX2", "aws://unknown-account/unknown-region"]),
             (.environmentAgnostic(stacks: ["stackX2", "stackX4"], written: "aws://unknown-account/unknown-region"), ["stackX2", "stackX4"])]
        case .conditionNotEvaluated:
            [(.conditionNotEvaluated(condition: "CondX10", error: "errorX11", resources: ["ResX12"]), ["CondX10", "errorX11", "ResX12"]),
             (.conditionNotEvaluated(condition: "CondX10", error: "errorX11", resources: ["ResX12", "ResX13"]), ["CondX10", "ResX12", "ResX13"])]
        }
    }

    @Test func templateNotes() {
        let keys: [TemplateNoteText] = [
            .yamlAliases(file: "", line: 0), .exportedTwice(name: "", others: []), .rainModuleNotRead(module: "", path: "", reason: ""),
            .registryModuleNotRead(module: "", stack: "", reason: ""), .regionNotKnown(region: "", stacks: [], written: ""),
            .environmentAgnostic(stacks: [], written: ""), .conditionNotEvaluated(condition: "", error: "", resources: []),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/TemplateNoteText.swift")
    }

    /// The English is what the notes wrote before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(TemplateNoteText.regionNotKnown(region: "us-east-1", stacks: ["A", "B"], written: "aws://unknown-account/unknown-region").english
            == "Availability Zones and AWS::Region are read for us-east-1, the default region, because stacks A, B are environment-agnostic (aws://unknown-account/unknown-region), so the region is chosen when deploying; pass --region REGION for the region you deploy to, or give the stack an env in the CDK app.")
    }
}
