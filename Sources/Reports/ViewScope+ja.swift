extension ViewScope {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .account(let region, let loadBalancers, let subnets, let rules):
            "リージョン \(region): ロードバランサー \(loadBalancers) 個、サブネット \(subnets) 個、ルール \(rules) 個"
        case .probe(let addresses, let hosts): "\(hosts.joined(separator: "、")) のアドレス \(addresses) 個"
        case .logs(let lines): "\(lines) 行"
        case .diagnosis(let url, let views): "\(url)（\(views.joined(separator: "、")) で確認）"
        }
    }
}
