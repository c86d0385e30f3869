internal import Localization
internal import Topology

extension ElbTaggedSubnetWithoutInternetRoute.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .taggedSubnetWithoutRoute(let subnet, let zone, let tag, let table, let problem):
            "\(subnet)（\(zone ?? "不明な AZ")）には \(tag) のタグが付いているため、AWS Load Balancer Controller はインターネット向けロードバランサーをこのサブネットに置きます。しかし、このサブネットが使う\(Self.name(table))には\(JapaneseSpacing.after(problem.japanese))ため、そのロードバランサーのこのサブネットのノードには到達できなくなります。"
        case .taggedSubnetReachesInternet(let subnet): "タグ付きのサブネット \(subnet) がインターネットに到達できること"
        case .notTaggedWithoutRoute(let subnet, let tag): "インターネットへのルートがないサブネット \(subnet) に \(tag) のタグが付いていないこと"
        case .tagsUnknown(let reason, let table, let problem):
            "タグが不明で（\(reason(.ja))）、\(JapaneseSpacing.before(RouteTableName.of(table).japanese))には\(JapaneseSpacing.after(problem.japanese))状態です"
        case .farSideNotInModel(let table, let target):
            "\(JapaneseSpacing.before(RouteTableName.of(table).japanese))は 0.0.0.0/0 を \(RouteTargetName.of(target).japanese) に送っていますが、その先がモデルにありません"
        }
    }

    /// A route table's name between Japanese words.
    private static func name(_ table: RouteTable) -> String {
        JapaneseSpacing.after(JapaneseSpacing.before(RouteTableName.of(table).japanese))
    }
}
