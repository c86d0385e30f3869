internal import Localization
internal import Topology

extension RouteReason {
    /// The Japanese of every entry: a clause ending in です or ます, as the notes end it
    /// (「…を確認できませんでした: 理由。」).
    var japanese: String {
        switch self {
        case .routeNamesNoInternetGateway: "ルートがインターネットゲートウェイを指定していません"
        case .gatewayMayBeAttached(let attachment, let reason, let gateway):
            "\(attachment) のインターネットゲートウェイが不明で（\(reason(.ja))）、\(gateway) である可能性があります"
        case .gatewayNotInModel(let gateway): "インターネットゲートウェイ \(gateway) とそのアタッチメントがモデルにありません"
        case .noIPv6Block: "モデルではサブネットに IPv6 の CIDR ブロックがありません"
        case .edgeDestinationUnknown(let edge, let reason, let block):
            "\(Self.name(edge))のルートの 1 つは送信先が不明で（\(reason(.ja))）、\(block) を含む可能性があります"
        case .edgeTargetUnknown(let edge, let destination, let reason):
            "\(Self.name(edge))にある \(destination) 宛てのルートのターゲットが不明です（\(reason(.ja))）"
        case .defaultRouteEndpointUnknown(let reason): "サブネットのデフォルトルートのエンドポイントが不明です（\(reason(.ja))）"
        case .edgeEndpointUnknown(let edge, let destination, let reason):
            "\(Self.name(edge))にある \(destination) 宛てのルートのエンドポイントが不明です（\(reason(.ja))）"
        case .endpointNotNamed: "エンドポイントの ID が不明です"
        }
    }

    /// A route table's name before Japanese words.
    private static func name(_ table: RouteTable) -> String {
        JapaneseSpacing.before(RouteTableName.of(table).japanese)
    }
}
