public import Localization
internal import Findings

/// What `lint` read and checked: the closing line's parenthesis, the HTML page's subtitle.
public enum LintScope: CatalogEntry {
    /// CloudFormation: stacks, load balancers, subnets and rules, and the files skipped because
    /// they are not templates (the first few named).
    case templates(stacks: Int, loadBalancers: Int, subnets: Int, rules: Int, skipped: [String])
    /// Terraform: a configuration of `files` files, or `planFiles` plan or state files (with the
    /// configuration's files when given too).
    case terraform(planFiles: Int?, files: Int, resources: Int, loadBalancers: Int, subnets: Int, rules: Int)

    /// How many skipped files the line names before "and N more".
    static let skippedShown = 8
}
