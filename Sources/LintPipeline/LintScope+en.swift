internal import Localization
internal import Findings

extension LintScope {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .templates(let stacks, let loadBalancers, let subnets, let rules, let skipped):
            var text = [counted(stacks, "stack"), counted(loadBalancers, "load balancer"), counted(subnets, "subnet"), counted(rules, "rule")]
                .joined(separator: ", ")
            if !skipped.isEmpty {
                let more = skipped.count > Self.skippedShown ? " and \(skipped.count - Self.skippedShown) more" : ""
                let shown = skipped.prefix(Self.skippedShown).joined(separator: ", ") + more
                text += "; skipped \(counted(skipped.count, "file")) that \(skipped.count == 1 ? "is not a template" : "are not templates"): \(shown)"
            }
            return text
        case .terraform(let planFiles, let files, let resources, let loadBalancers, let subnets, let rules):
            let source = planFiles.map { planFiles in
                counted(planFiles, "plan or state file") + (files == 0 ? "" : " with a configuration of \(counted(files, "file"))")
            } ?? "1 configuration of \(counted(files, "file"))"
            return [source, counted(resources, "resource"), counted(loadBalancers, "load balancer"), counted(subnets, "subnet"), counted(rules, "rule")]
                .joined(separator: ", ")
        }
    }
}
