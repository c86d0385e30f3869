public import Findings

/// The findings `albdoctor lint` reports about a Terraform configuration itself: what it could
/// not read, so that a load balancer or route built there is never a silent pass.
public enum TerraformFindingKinds {
    public static let moduleNotRead = FindingKind(
        id: "TF001", name: "terraform-module-not-read", view: "lint", severity: .note,
        title: "Module not read",
        when: "The configuration calls a module (`module \"NAME\" { source = … }`) whose code albdoctor does not have: a local path outside the folders given (albdoctor reads nothing outside them), or a registry or Git module that `terraform init` has not installed (`.terraform/modules/modules.json` does not list it) and that is not one of the modules albdoctor models from their documented inputs (`terraform-aws-modules/vpc/aws`, `terraform-aws-modules/alb/aws`). Load balancers, subnets and routes the module creates are not checked, and its outputs used elsewhere are unknown, so what the rules say about them is unverified.",
        whatToDo: "For a local module, lint with its folder too (`albdoctor lint ROOT MODULE_FOLDER`); for another module, run `terraform init` in the root module's folder so that `.terraform/modules/modules.json` lists it, then lint again.", japanese: .tf001)

    public static let notExpanded = FindingKind(
        id: "TF002", name: "terraform-resource-not-expanded", view: "lint", severity: .note,
        title: "Resource instances not known",
        when: "A resource's (or a module call's) `count` or `for_each` depends on a value albdoctor cannot know (a variable without a value, a data source, an attribute known only after apply), so how many instances it has, and their addresses, are not known: the resource is not in the model and what the rules say about it is unverified.",
        whatToDo: "Give the value with `--var NAME=VALUE` or `--var-file FILE`, then lint again.", japanese: .tf002)

    /// Every kind, in id order.
    public static let all = [moduleNotRead, notExpanded]
}
