internal import Localization
internal import Topology

extension LoadBalancerSubnetWithoutIPv6InternetRoute.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .tableUnreachable(let table, let subnets, let loadBalancer, let problem):
            "デュアルスタックの \(loadBalancer) の \(JapaneseSpacing.before(subnets.joined(separator: "、")))が使う\(JapaneseSpacing.after(JapaneseSpacing.before(RouteTableName.of(table).japanese)))には\(JapaneseSpacing.after(problem.japanese))ため、これらのノードの IPv6 アドレスを選んだクライアントはハングします。"
        case .canReachIPv6Internet(let subnet): "サブネット \(subnet) が IPv6 でインターネットに到達できること"
        }
    }
}
