internal import Localization
internal import Topology

extension RouteToDetachedInternetGateway.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .routeToDetachedGateway(let table, let destination, let gateway, let vpc, let attachedTo, let subnets):
            "\(JapaneseSpacing.before(RouteTableName.of(table).japanese))は\(destination.map { " \($0) " } ?? "トラフィック")をインターネットゲートウェイ \(gateway) に送っていますが、このゲートウェイは VPC \(vpc) にアタッチされていません\(attachedTo.isEmpty ? "" : "（アタッチ先は \(attachedTo.joined(separator: "、")) です）")。そのため、\(subnets.isEmpty ? "このルートテーブルを使うサブネットはどれも" : "\(JapaneseSpacing.before(subnets.joined(separator: "、")))は")インターネットに到達できません。"
        case .isAttached(let gateway, let table):
            "\(gateway) が\(JapaneseSpacing.after(JapaneseSpacing.before(RouteTableName.of(table).japanese)))の VPC にアタッチされていること"
        }
    }
}
