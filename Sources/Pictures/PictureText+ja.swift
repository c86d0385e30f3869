internal import Localization
internal import Topology

extension PictureText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .networkHeading: "ネットワーク"
        case .pictureLabel: "ネットワーク図"
        case .nothingToDraw: "モデルに VPC もロードバランサーもありません。"
        case .groupTitle(let vpc, let loadBalancer): "VPC \(vpc ?? "不明")" + (loadBalancer.map { " — ロードバランサー \($0)" } ?? "")
        case .internet: "インターネット"
        case .internetGateways(let gateways): "インターネットゲートウェイ " + gateways.joined(separator: ", ")
        case .noInternetGatewayAttached: "インターネットゲートウェイがアタッチされていません"
        case .noInternetGateway(let vpc): "インターネットゲートウェイなし（VPC \(vpc ?? "不明")）"
        case .routeTable(let table): "ルートテーブル: " + (table.map(Self.name) ?? "不明")
        case .cidrUnknown: "CIDR 不明"
        case .zoneUnknown: "不明な AZ"
        case .nodeAssignedAtDeployment: "ノード（アドレスはデプロイ時に割り当て）"
        case .someNode: "ロードバランサーのノード"
        case .node(let address): "ノード " + address
        }
    }

    /// A route table as the picture names it after its label: its id, or whose main route table it is.
    private static func name(_ table: RouteTable) -> String {
        if table.isMain, table.id.name.hasSuffix(RouteTable.implicitMainSuffix), case .known(let vpc) = table.vpc {
            return "\(vpc.name) のメインルートテーブル"
        }
        return table.isMain ? "\(table.id.name)（VPC のメインルートテーブル）" : table.id.name
    }
}
