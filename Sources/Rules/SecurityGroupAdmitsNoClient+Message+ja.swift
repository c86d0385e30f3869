internal import Localization
internal import Topology

extension SecurityGroupAdmitsNoClient.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .admitsNoClient(let loadBalancer, let securityGroups, let port, let listener):
            (securityGroups.isEmpty
                ? "\(loadBalancer) にはセキュリティグループの指定がなく、VPC のデフォルトセキュリティグループは"
                : "\(loadBalancer) のセキュリティグループ（\(securityGroups.joined(separator: "、"))）はどれも")
                + " \(listener) のポート TCP \(port) を許可していないため、このポートへのクライアントの接続はすべてタイムアウトします。"
        case .admitsOnlySome(let loadBalancer, let port, let listener, let peers):
            "\(loadBalancer) のセキュリティグループは TCP \(port)（\(listener)）を\(JapaneseSpacing.after(JapaneseSpacing.before(peers.map(Self.japaneseSource).joined(separator: "、"))))からしか許可していません。それ以外のクライアントはタイムアウトします（意図したものなら問題ありません）。"
        case .admitsClients(let loadBalancer): "\(loadBalancer) のセキュリティグループがクライアントを許可していること"
        case .admitsClientsOnPortOf(let loadBalancer, let listener): "\(loadBalancer) のセキュリティグループが \(listener) のポートでクライアントを許可していること"
        case .admitsClientsOnPort(let loadBalancer, let port, let listener): "\(loadBalancer) のセキュリティグループが TCP \(port)（\(listener)）でクライアントを許可していること"
        case .portUnknown(let reason): "ポートが不明です（\(reason(.ja))）"
        case .ingressPortsUnknown(let reason): "インバウンドルールの 1 つでポートが不明です（\(reason(.ja))）"
        case .ingressSourceUnknown(let reason): "インバウンドルールの 1 つで送信元が不明です（\(reason(.ja))）"
        }
    }

    /// A source of an ingress rule: `198.51.100.0/24`, `セキュリティグループ sg-1`, `プレフィックスリスト pl-1`.
    private static func japaneseSource(_ peer: SecurityGroupRule.Peer) -> String {
        switch peer {
        case .block(let block): block.description
        case .securityGroup(let id): "セキュリティグループ \(id.name)"
        case .prefixList(let id): "プレフィックスリスト \(id)"
        }
    }
}
