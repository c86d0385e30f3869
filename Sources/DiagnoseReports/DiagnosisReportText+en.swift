extension DiagnosisReportText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .rootCause: "Root cause"
        case .evidence: "Evidence"
        case .fix: "Fix"
        case .views: "Views"
        case .nothingWrong(let url): "Nothing wrong with \(url)"
        case .somethingFails(let url): "Something fails for \(url)"
        case .nothingWrongChecked(let url): "Nothing wrong with \(url). Checked:"
        case .somethingFailsSeeBelow(let url): "Something fails for \(url), but no view could say why: see the evidence and findings below."
        case .noViewCouldSayWhy: "No view could say why: see the evidence and the findings."
        case .inTheTemplate(let location): "In the template\(location.map { " (\($0))" } ?? ""):"
        case .wouldAdd: "would add"
        case .toUseIt: "to use it"
        case .factAddress: "address"
        case .factLoadBalancer: "load balancer"
        case .factNode: "node"
        case .factSubnet: "subnet"
        case .factRouteTable: "route table"
        case .factSince: "since"
        case .factClientsHurt: "clients hurt"
        case .factRules: "rules"
        case .clientsNeverArrived(let count): "\(count) redirected to HTTPS and never arrived"
        }
    }
}
