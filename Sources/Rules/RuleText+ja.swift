internal import Localization
internal import Topology

extension RuleText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .nodeUnreachable(let node, let loadBalancer, let subnet, let zone, let table, let problem):
            "\(node) は \(loadBalancer) の \(subnet)（\(zone ?? "不明な AZ")）にあるノードです。このサブネットが使う\(JapaneseSpacing.after(JapaneseSpacing.before(RouteTableName.of(table).japanese)))には\(JapaneseSpacing.after(problem.japanese))ため、名前解決でこのアドレスを得たクライアントは接続タイムアウトまでハングします。"
        case .subnetUnreachable(let subnet, let zone, let table, let problem, let loadBalancer, let nodes):
            "\(subnet)（\(zone ?? "不明な AZ")）が使う\(JapaneseSpacing.after(JapaneseSpacing.before(RouteTableName.of(table).japanese)))には\(JapaneseSpacing.after(problem.japanese))ため、インターネット向け \(loadBalancer) のこのサブネットのノードには到達できません。\(nodes > 1 ? "このノードのアドレス（ロードバランサーの \(nodes) 個のアドレスのうちおよそ 1 個）" : "ロードバランサーの唯一のアドレス")を選んだクライアントはハングします。"
        case .canReachInternet(let subnet): "サブネット \(subnet) がインターネットに到達できること"
        case .farSideUnknown(let table, let target, let source):
            "\(JapaneseSpacing.before(RouteTableName.of(table).japanese))は 0.0.0.0/0 を \(RouteTargetName.of(target).japanese) に送っていますが、その先（一元化されたインスペクション VPC またはエグレス VPC と、トランジットゲートウェイのルートテーブル）が\(Self.farSide(source))にないため、インターネットからの戻りの経路をたどれません"
        case .giveSubnetPublicRouteTable: "アタッチされたインターネットゲートウェイへのデフォルトルートを持つルートテーブルを、サブネットに関連付けます。"
        case .noConnectionLogs(let loadBalancer):
            "\(loadBalancer) には接続ログがないため、失敗した TLS ハンドシェイクの痕跡が残りません。アクセスログに残るのは、ハンドシェイクを終えたリクエストだけです。"
        case .hasConnectionLogs(let loadBalancer): "\(loadBalancer) に接続ログがあること"
        case .tagPrivateInstead(let tag): "\nプライベートにするサブネットなら、代わりに \(tag) = 1 のタグを付けます。"
        }
    }

    /// Where what lies behind a transit gateway is missing from.
    private static func farSide(_ source: Topology.Source) -> String {
        switch source {
        case .templates: "デプロイメント"
        case .account: "albdoctor が読んだアカウント"
        case .terraform: "構成"
        }
    }
}

extension RouteProblem {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .missing(let destination): "インターネットゲートウェイへの \(destination) ルートがない"
        case .noRoute(let destination): "\(destination) ルートがない"
        case .elsewhere(let destination, let target): "\(destination) を \(RouteTargetName.of(target).japanese) に送るルートしかなく、\(RouteTargetName.of(target).japanese) はインターネットからの受信トラフィックを運ばない"
        }
    }
}

extension RouteTargetName {
    /// The Japanese of every entry: "NAT ゲートウェイ nat-0abc", with AWS's Japanese names.
    var japanese: String {
        switch self {
        case .of(let target):
            let kind = Self.japanese(target.kind)
            return switch target.id {
            case nil: kind
            case .known(let id)?: "\(kind) \(id.name)"
            case .unknown?: "\(kind)（ID 不明）"
            }
        }
    }

    private static func japanese(_ kind: RouteTarget.Kind) -> String {
        switch kind {
        case .local: "local"
        case .internetGateway: "インターネットゲートウェイ"
        case .egressOnlyInternetGateway: "Egress-Only インターネットゲートウェイ"
        case .natGateway: "NAT ゲートウェイ"
        case .transitGateway: "トランジットゲートウェイ"
        case .vpcPeeringConnection: "VPC ピアリング接続"
        case .instance: "インスタンス"
        case .networkInterface: "ネットワークインターフェイス"
        case .vpcEndpoint: "VPC エンドポイント"
        case .networkFirewallEndpoint: "Network Firewall エンドポイント"
        case .gatewayLoadBalancerEndpoint: "Gateway Load Balancer エンドポイント"
        case .virtualPrivateGateway: "仮想プライベートゲートウェイ"
        case .carrierGateway: "キャリアゲートウェイ"
        case .coreNetwork: "コアネットワーク"
        case .localGateway: "ローカルゲートウェイ"
        }
    }
}

extension RouteTableName {
    /// The Japanese of every entry: `VPC のメインルートテーブル`, `メインルートテーブル rtb-1`,
    /// `ルートテーブル PublicRouteTable`.
    var japanese: String {
        switch self {
        case .used(let table, let explicitly): RouteTableName.of(table).japanese + (explicitly ? "（明示的な関連付け）" : "")
        case .of(let table):
            if table.isMain, table.id.name.hasSuffix(RouteTable.implicitMainSuffix), case .known(let vpc) = table.vpc {
                "\(vpc.name) のメインルートテーブル"
            } else if table.isMain {
                "メインルートテーブル \(table.id.name)"
            } else {
                "ルートテーブル \(table.id.name)"
            }
        }
    }
}
