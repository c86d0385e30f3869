extension DiagnosisReportText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .rootCause: "根本原因"
        case .evidence: "根拠"
        case .fix: "修正"
        case .views: "ビュー"
        case .nothingWrong(let url): "\(url) に問題はありません"
        case .somethingFails(let url): "\(url) で何かが失敗しています"
        case .nothingWrongChecked(let url): "\(url) に問題はありません。確認した内容:"
        case .somethingFailsSeeBelow(let url): "\(url) で何かが失敗していますが、原因を示せたビューはありません。下の根拠と指摘を見てください。"
        case .noViewCouldSayWhy: "原因を示せたビューはありません。根拠と指摘を見てください。"
        case .inTheTemplate(let location): "テンプレート\(location.map { "（\($0)）" } ?? "")での修正:"
        case .wouldAdd: "加わる情報"
        case .toUseIt: "使うには"
        case .factAddress: "アドレス"
        case .factLoadBalancer: "ロードバランサー"
        case .factNode: "ノード"
        case .factSubnet: "サブネット"
        case .factRouteTable: "ルートテーブル"
        case .factSince: "開始"
        case .factClientsHurt: "影響を受けたクライアント"
        case .factRules: "ルール"
        case .clientsNeverArrived(let count): "\(count) 件（HTTPS にリダイレクトされ、到着しなかった）"
        }
    }
}
