internal import Localization
internal import Topology

extension LoadBalancerSubnetWithAsymmetricInspection.Message {
    /// The Japanese of every entry. A sentence on the way back reads: which subnet sends the
    /// internet through which endpoint, what the edge route table lacks, then what follows.
    var japanese: String {
        switch self {
        case .sendsThroughEndpoint(let route):
            "インターネット向け \(route.loadBalancer) の \(route.subnet)（\(route.zone ?? "不明な AZ")）は、\(route.ipv6 ? "::/0" : "0.0.0.0/0") を \(route.endpoint) 経由で送っています"
        case .repliesDropped(let ipv6):
            "そのため、このノードへのリクエストと応答はファイアウォールを行きと帰りで別々に通り、応答は破棄されます。このノードの\(ipv6 ? " IPv6 " : "")アドレスを選んだクライアントはタイムアウトします"
        case .noEdgeRouteTable(let route, let gateway, let block):
            "\(Self.start(route))が、インターネットゲートウェイ \(gateway) には、\(block) を同じエンドポイント経由で戻すエッジルートテーブルがありません。\(Self.dropped(route))。"
        case .noReturnRoute(let route, let gateway, let edge, let block):
            "\(Self.start(route))が、\(Self.edge(edge, of: gateway))には、\(block) を同じエンドポイント経由で戻すルートがありません。\(Self.dropped(route))。"
        case .crossedReturnRoute(let route, let gateway, let edge, let destination, let target):
            "\(Self.start(route))が、\(Self.edge(edge, of: gateway))は \(destination) を同じエンドポイントではなく \(target) に送っています。\(Self.dropped(route))。"
        case .repliesReturnThroughEndpoint(let subnet, let endpoint, let ipv6):
            "\(subnet) からの\(ipv6 ? " IPv6 " : "")応答が、リクエストの通る \(endpoint) を通って戻ること"
        case .endpointUser(let user): "\(user.loadBalancer) の \(user.subnet)"
        case .endpointSubnetGoesNowhere(let subnet, let zone, let endpoint, let users, let table, let destination, let target):
            "\(subnet)（\(zone ?? "不明な AZ")）には、\(users.map { Self.endpointUser($0).japanese }.joined(separator: "、")) がインターネットへのトラフィックを送る \(endpoint) のエンドポイントがあります。しかし、このサブネットが使う\(JapaneseSpacing.after(JapaneseSpacing.before(RouteTableName.of(table).japanese)))には\(target.map { "インターネットゲートウェイではなく \($0) に \(destination) を送るルートしかない" } ?? "インターネットゲートウェイへの \(destination) ルートがない")ため、このエンドポイントを通ったトラフィックはどこにも届きません。その背後にあるノードのクライアントはタイムアウトします。"
        case .endpointSubnetsReachInternet(let endpoint): "\(endpoint) のサブネットがインターネットに到達できること"
        case .endpointSubnetReachesInternet(let subnet, let endpoint): "\(endpoint) のサブネット \(subnet) がインターネットに到達できること"
        }
    }

    /// The start of a sentence on the way back.
    private static func start(_ route: InspectedRoute) -> String { sendsThroughEndpoint(route).japanese }

    /// The end of a sentence on the way back.
    private static func dropped(_ route: InspectedRoute) -> String { repliesDropped(ipv6: route.ipv6).japanese }

    /// An edge route table, named as the gateway's: `ルートテーブル EdgeRouteTable（Igw のエッジルートテーブル）`.
    private static func edge(_ table: RouteTable, of gateway: String) -> String {
        "\(RouteTableName.of(table).japanese)（\(gateway) のエッジルートテーブル）"
    }
}
