public import Findings
internal import ALBLogs
internal import CloudFormation
internal import Probe
internal import Rules
internal import Terraform

/// Every id a report can show, documented: the rules of `lint` and `aws`, then the kinds of
/// finding of templates, Terraform, `probe` and `logs`. Assembled here, above the views, so that `Reports`
/// itself depends on no view.
public enum RuleCatalog {
    /// Every documented id, in that order.
    public static let all: [FindingKind] = rules
        + TemplateFindingKinds.all + TerraformFindingKinds.all + ProbeFindingKinds.all + LogFindingKinds.all

    /// The rules of `lint` and `aws` (SARIF's `tool.driver.rules`).
    public static let rules: [FindingKind] = RuleRegistry.all.map(\.ruleDescription)

    /// The entry with this id (any case) or kebab-case name.
    public static func named(_ idOrName: String) -> FindingKind? {
        all.first { $0.id.lowercased() == idOrName.lowercased() || $0.name == idOrName }
    }
}
