internal import Topology

extension LoadBalancerSubnetWithoutIPv6InternetRoute.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .tableUnreachable(let table, let subnets, let loadBalancer, let problem):
            "\(table.displayName), used by \(subnets.joined(separator: ", ")) of dualstack \(loadBalancer), \(problem.english), so clients that pick these nodes' IPv6 addresses hang."
        case .canReachIPv6Internet(let subnet): "subnet \(subnet) can reach the IPv6 internet"
        }
    }
}
