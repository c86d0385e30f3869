public import Findings

/// The findings `albdoctor lint` reports about a template itself rather than the network it builds.
public enum TemplateFindingKinds {
    public static let aliases = FindingKind(
        id: "CFN001", name: "template-uses-yaml-aliases", view: "lint", severity: .note,
        title: "Template uses YAML aliases",
        when: "The template uses YAML anchors and aliases (`&name` … `*name`). CloudFormation does not accept them; `aws cloudformation package` and `sam build` resolve them before deploying, and albdoctor reads the template as they would. An alias that expands past albdoctor's limit (2,000,000 values, an alias bomb) is refused instead.",
        whatToDo: "Deploy the packaged template (`aws cloudformation package`, `sam build`), not this one, or write the repeated parts out.", japanese: .cfn001)

    public static let duplicateExport = FindingKind(
        id: "CFN002", name: "export-name-exported-twice", view: "lint", severity: .error,
        title: "Two stacks export the same name",
        when: "Two templates linted together export the same name (`Outputs.*.Export.Name`). Export names are unique in a region, so CloudFormation refuses to create whichever stack comes second: the stacks cannot be deployed together. Each export gets the finding; an `Fn::ImportValue` of that name is unverified, since which value it would get is not known. A common cause is a template left behind by a stack that is no longer deployed (in a `cdk.out`, lint the folder: only the stacks its manifest deploys are read).",
        whatToDo: "Rename one of the exports, or remove the template of the stack that is no longer deployed from what you lint.", japanese: .cfn002)

    public static let moduleNotRead = FindingKind(
        id: "CFN003", name: "module-resources-unverified", view: "lint", severity: .note,
        title: "Module resources are unverified",
        when: "A resource is a module whose resources albdoctor does not have: a Rain module (`Type: !Rain::Module PATH`) whose file is not below the folders given, does not exist or is a URL, or a CloudFormation registry module (`Type: Org::Service::Name::MODULE`), whose resources CloudFormation adds from the registry at deploy time. References to the module's resources (`NetworkVPC` of the module `Network`) are unverified.",
        whatToDo: "For a Rain module, lint a folder that holds both the template and the module file (or the template `rain pkg` writes). For a registry module, lint the processed template (`aws cloudformation get-template --stack-name STACK --template-stage Processed`).", japanese: .cfn003)

    public static let environmentNotKnown = FindingKind(
        id: "CFN004", name: "stack-region-not-known", view: "lint", severity: .note,
        title: "The stacks' region is not known",
        when: "A CDK cloud assembly says its stacks are environment-agnostic (`aws://unknown-account/unknown-region`): the region is chosen when they are deployed. albdoctor reads `Fn::GetAZs` and `AWS::Region` for the `--region` given (or its default), so the Availability Zones checked may not be those of the region you deploy to.",
        whatToDo: "Pass `--region` with the region you deploy to, or give the stacks an `env` (account and region) in the CDK app.", japanese: .cfn004)

    public static let unevaluableCondition = FindingKind(
        id: "CFN005", name: "condition-cannot-be-evaluated", view: "lint", severity: .note,
        title: "Condition cannot be evaluated",
        when: "A resource's `Condition` names a condition that is not in the Conditions section, or whose expression is not a condition function (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`). CloudFormation refuses such a template. albdoctor checks the resources that use it as if they were created, so what it says about them is unverified.",
        whatToDo: "Define the condition in the Conditions section, or correct its expression, then lint again.", japanese: .cfn005)

    /// Every kind, in id order.
    public static let all = [aliases, duplicateExport, moduleNotRead, environmentNotKnown, unevaluableCondition]
}
