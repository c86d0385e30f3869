public import Findings

/// The findings `albdoctor lint` reports about a Terraform configuration itself: what it could
/// not read, so that a load balancer or route built there is never a silent pass.
public enum TerraformFindingKinds {
    public static let moduleNotRead = FindingKind(
        id: "TF001", name: "terraform-module-not-read", view: "lint", severity: .note,
        title: "Module not read",
        when: "The configuration calls a module (`module \"NAME\" { source = … }`) whose resources albdoctor does not read yet. Load balancers, subnets and routes the module creates are not checked, and the module's outputs used elsewhere are unknown, so what the rules say about them is unverified.",
        whatToDo: "Lint the module's own folder as well (with the values the caller passes as `--var`), or check its resources in the account with `albdoctor aws` after applying.")

    public static let notExpanded = FindingKind(
        id: "TF002", name: "terraform-resource-not-expanded", view: "lint", severity: .note,
        title: "Resource instances not known",
        when: "A resource's `count` or `for_each` depends on a value albdoctor cannot know (a variable without a value, a data source, an attribute known only after apply), so how many instances it has, and their addresses, are not known: the resource is not in the model and what the rules say about it is unverified.",
        whatToDo: "Give the value with `--var NAME=VALUE` or `--var-file FILE`, then lint again.")

    /// Every kind, in id order.
    public static let all = [moduleNotRead, notExpanded]
}
