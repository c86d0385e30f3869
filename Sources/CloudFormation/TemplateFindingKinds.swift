public import Findings

/// The findings `albdoctor lint` reports about a template itself rather than the network it builds.
public enum TemplateFindingKinds {
    public static let aliases = FindingKind(
        id: "CFN001", name: "template-uses-yaml-aliases", view: "lint", severity: .note,
        title: "Template uses YAML aliases",
        when: "The template uses YAML anchors and aliases (`&name` … `*name`). CloudFormation does not accept them; `aws cloudformation package` and `sam build` resolve them before deploying, and albdoctor reads the template as they would. An alias that expands past albdoctor's limit (2,000,000 values, an alias bomb) is refused instead.",
        whatToDo: "Deploy the packaged template (`aws cloudformation package`, `sam build`), not this one, or write the repeated parts out.")

    public static let unevaluableCondition = FindingKind(
        id: "CFN002", name: "condition-cannot-be-evaluated", view: "lint", severity: .note,
        title: "Condition cannot be evaluated",
        when: "A resource's `Condition` names a condition that is not in the Conditions section, or whose expression is not a condition function (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`). CloudFormation refuses such a template. albdoctor checks the resources that use it as if they were created, so what it says about them is unverified.",
        whatToDo: "Define the condition in the Conditions section, or correct its expression, then lint again.")

    /// Every kind, in id order.
    public static let all = [aliases, unevaluableCondition]
}
