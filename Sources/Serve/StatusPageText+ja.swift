internal import Localization

extension StatusPageText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .rounds(let rounds, let interval): "\(rounds) ラウンド、間隔 \(interval)"
        case .lastResolutionFailed(let error): " — 直近の名前解決に失敗しました: \(error)"
        case .addressColumn: "アドレス"
        case .nowColumn: "現在"
        case .lastRoundsColumn(let rounds): "直近 \(rounds) ラウンド（古い順）"
        case .up: "応答あり"
        case .down: "応答なし"
        case .notProbedYet: "未プローブ"
        case .absentFromDNS(let rounds): "（\(rounds) ラウンドのあいだ DNS にありません）"
        case .history(let address): "\(address) の履歴"
        case .scope(let targets, let addresses): "\(targets) 個のターゲット、\(addresses) 個のアドレス"
        }
    }
}
