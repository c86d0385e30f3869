internal import Localization

extension NetworkACLBlocksLoadBalancer.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .denies(let acl, let subnets, let ipv6, let traffic, let ports, let by, let loadBalancer):
            "\(subnets.joined(separator: "、")) のネットワーク ACL \(acl) が\(ipv6 ? " IPv6 の" : "")\(JapaneseSpacing.before(traffic.japanese))を\(JapaneseSpacing.before(by.japanese))で拒否しています（TCP \(ports)）。そのため、\(subnets.count == 1 ? "そのノード" : "それらのノード")を選んだ \(loadBalancer) のクライアントはハングします。"
        case .allowListenerPort(let loadBalancer, let listener): "\(loadBalancer) のサブネットのネットワーク ACL が \(listener) のポートを許可していること"
        case .letsClientsThrough(let subnet): "\(subnet) のネットワーク ACL がクライアントを通すこと"
        case .allows(let acl, let traffic): "\(acl) が\(JapaneseSpacing.before(traffic.japanese))を許可していること"
        case .ipv6ClientsGetThrough(let loadBalancer, let acl): "\(loadBalancer) の IPv6 クライアントが \(acl) を通過できること"
        case .portUnknown(let reason): "ポートが不明です（\(reason(.ja))）"
        case .deniesIPv6ToClientsOfUnknownType(let traffic, let reason):
            "このネットワーク ACL は IPv6 の\(JapaneseSpacing.before(traffic.japanese))を拒否していますが、ロードバランサーの IP アドレスタイプが不明なため（\(reason(.ja))）、IPv6 クライアントがいるかどうかわかりません"
        }
    }
}

extension NetworkACLBlocksLoadBalancer.Message.Traffic {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .listenerPortInbound(let port): "インバウンドのリスナーポート \(port)"
        case .ephemeralPortsOutbound: "アウトバウンドのエフェメラルポート 1024–65535"
        }
    }
}

extension NetworkACLBlocksLoadBalancer.Message.DeniedBy {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .entry(let number, let name): "\(number.map { "エントリ \($0)" } ?? "番号不明のエントリ")\(name.map { "（\($0)）" } ?? "")"
        case .implicitLastRule: "暗黙の最後のルール"
        }
    }
}
