internal import Localization
internal import Topology

extension ScopeText {
    /// The Japanese of every entry. What could not be verified is a clause ending in こと
    /// (the note reads 「…を確認できませんでした: 理由。」).
    var japanese: String {
        switch self {
        case .loadBalancer(let name, let check): check.japanese(of: name)
        case .everySubnet(let name, let check): check.japaneseForEverySubnet(of: name)
        case .schemeUnknown(let reason): "スキームが不明です（\(reason(.ja))）"
        case .kindUnknown(let reason, let kinds):
            "種類が不明です（\(reason(.ja))）。このルールは \(kinds.map(\.rawValue).sorted().joined(separator: "、")) のロードバランサーだけに適用されます"
        case .ipAddressTypeUnknown(let reason): "IP アドレスタイプが不明です（\(reason(.ja))）"
        case .subnetsUnknown(let reason): "サブネットが不明です（\(reason(.ja))）"
        }
    }
}

extension ScopeText.Check {
    /// What is checked of the load balancer `name`, as a clause ending in こと.
    func japanese(of name: String) -> String {
        switch self {
        case .canReachInternet: "\(name) がインターネットに到達できること"
        case .canReachIPv6Internet: "\(name) が IPv6 のインターネットに到達できること"
        case .isInspectedBothWays: "\(name) の通信が行きと帰りの両方で検査されること"
        case .hasConnectionLogs: "\(name) に接続ログがあること"
        case .hasLargeEnoughSubnets: "\(name) のサブネットが /27 以上であること"
        case .spansTwoZones: "\(name) が 2 つのアベイラビリティーゾーンにまたがること"
        case .isNotBlockedByNetworkACL: "\(name) がネットワーク ACL にブロックされないこと"
        case .admitsClients: "\(name) がクライアントを受け入れること"
        }
    }

    /// What is checked of every subnet of the load balancer `name`, as a clause ending in こと.
    func japaneseForEverySubnet(of name: String) -> String {
        switch self {
        case .canReachInternet: "\(name) のすべてのサブネットがインターネットに到達できること"
        case .canReachIPv6Internet: "\(name) のすべてのサブネットが IPv6 のインターネットに到達できること"
        case .isInspectedBothWays: "\(name) のすべてのサブネットの通信が行きと帰りの両方で検査されること"
        case .hasConnectionLogs: "\(name) のすべてのサブネットについて接続ログがあること"
        case .hasLargeEnoughSubnets: "\(name) のすべてのサブネットが /27 以上であること"
        case .spansTwoZones: "\(name) のすべてのサブネットを合わせて 2 つのアベイラビリティーゾーンにまたがること"
        case .isNotBlockedByNetworkACL: "\(name) のすべてのサブネットがネットワーク ACL にブロックされないこと"
        case .admitsClients: "\(name) がすべてのサブネットでクライアントを受け入れること"
        }
    }
}
