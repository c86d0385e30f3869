internal import Localization

extension ConnectionText {
    /// The Japanese of every entry.
    package var japanese: String {
        switch self {
        case .noAnswerToSYN: "接続タイムアウトまでに SYN への応答がありませんでした"
        case .refused: "接続が拒否されました（RST）。このポートでは何もリッスンしていません"
        case .connectTimedOut: "接続がタイムアウトしました"
        case .cannotStartExchange(let reason): "やり取りを開始できません: \(reason)"
        case .unfinished(let stage, let within): "\(Self.name(stage))が \(within) 以内に終わりませんでした"
        case .closedDuringHandshake: "TLS ハンドシェイク中にサーバーが接続を閉じました"
        case .closedBeforeResponse: "サーバーがレスポンスを送る前に接続を閉じました"
        case .reset(let duringHandshake): "\(Self.during(duringHandshake))サーバーが接続をリセットしました"
        case .closed(let duringHandshake): "\(Self.during(duringHandshake))サーバーが接続を閉じました"
        case .socketError(let reason, let duringHandshake): "\(Self.during(duringHandshake))エラーが発生しました（\(reason)）"
        case .notHTTP(let reason): "応答が HTTP ではありません（\(reason)）"
        case .alert(let reason): "サーバーが TLS アラート \(reason) を送りました"
        case .notTLS(let reason, let duringHandshake):
            "\(Self.during(duringHandshake))\(JapaneseSpacing.before(JapaneseSpacing.after(reason)))で失敗しました。サーバーが想定どおりに TLS で応答していません"
        case .failed(let reason, let duringHandshake): "\(Self.during(duringHandshake))失敗しました（\(reason)）"
        }
    }

    /// `TLS ハンドシェイク`, `やり取り`, `HTTP レスポンス`, before `が`.
    private static func name(_ stage: Stage) -> String {
        switch stage {
        case .tlsHandshake: "TLS ハンドシェイク"
        case .exchange: "やり取り"
        case .httpResponse: "HTTP レスポンス"
        }
    }

    /// `TLS ハンドシェイク中に` or `HTTP のやり取りの最中に`, before what happened.
    private static func during(_ handshake: Bool) -> String {
        handshake ? "TLS ハンドシェイク中に" : "HTTP のやり取りの最中に"
    }
}
