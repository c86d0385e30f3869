internal import Findings

extension ViewScope {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .account(let region, let loadBalancers, let subnets, let rules):
            "region \(region): " + [counted(loadBalancers, "load balancer"), counted(subnets, "subnet"), counted(rules, "rule")].joined(separator: ", ")
        case .probe(let addresses, let hosts): "\(counted(addresses, "address", plural: "addresses")) of \(hosts.joined(separator: ", "))"
        case .logs(let lines): "\(lines) lines"
        case .diagnosis(let url, let views): "\(url) through \(views.joined(separator: ", "))"
        }
    }
}
