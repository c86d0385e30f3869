internal import Localization
internal import Probe

extension ProbeReportText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .addressesHeading: "アドレス"
        case .certificatesHeading: "証明書"
        case .addressColumn: "アドレス"
        case .port80Column: "ポート 80"
        case .triesColumn: "試行"
        case .okColumn: "成功"
        case .subjectColumn: "サブジェクト"
        case .namesColumn: "名前"
        case .issuerColumn: "発行者"
        case .validUntilColumn: "有効期限"
        case .daysLeftColumn: "残り日数"
        case .keyColumn: "鍵"
        case .tcpOutcome(let outcome): Self.word(outcome)
        case .tcpResult(let outcome, let time): "\(Self.word(outcome)) \(time)"
        case .tcpFailedAfter(let outcome, let time): "\(time) 後に\(Self.word(outcome))"
        case .failureKind(let kind): Self.word(kind)
        case .failure(let kind, let detail): "\(Self.word(kind)): \(detail)"
        case .untrusted(let version, let time): "\(version)\(time.map { " " + $0 } ?? "")（信頼されていない）"
        case .invalidCertificate(let version, let time): "\(version) \(time) 証明書エラー"
        case .notReached: "未到達"
        case .notChecked: "未実施"
        case .noAnswer: "応答なし"
        case .succeeded(let succeeded, let count): "\(count) 回中 \(succeeded) 回成功"
        case .matrixCaption(let url, let addresses, let resolver, let cnames):
            "\(url): \(resolver) から \(addresses) 個のアドレス" + (cnames.isEmpty ? "" : "、\(cnames.joined(separator: " → ")) 経由")
        case .servedBy(let addresses): "配信したアドレス: \(addresses.joined(separator: ", "))"
        case .noHandshake: "TLS ハンドシェイクを完了したアドレスはありません。"
        case .resolution(let addresses, let resolver, let cnames, let answers, let dnsTime, let queries, let rounds, let live):
            Self.resolution(addresses: addresses, resolver: resolver, cnames: cnames, answers: answers, dnsTime: dnsTime, queries: queries, rounds: rounds, live: live)
        case .certificateLine(let addresses, let chain, let key, let signatureAlgorithm, let daysLeft, let fingerprint):
            "\(addresses.joined(separator: ", ")) の証明書: \(chain)、\(key)、\(signatureAlgorithm)、残り \(daysLeft) 日、sha256 \(fingerprint)…"
        case .moreNames(let count): "ほか \(count) 件"
        case .valid: "✓ 有効"
        case .validFor(let host, let trustAnchor): "（\(host)、信頼の起点 \(trustAnchor)）"
        }
    }

    /// The terminal's line about the resolution, built in steps (one expression is too much for the type checker).
    private static func resolution(addresses: Int, resolver: String, cnames: [String], answers: String, dnsTime: String, queries: Int, rounds: Int, live: Bool) -> String {
        var text = "\(resolver) から \(addresses) 個のアドレス（\(answers)）"
        if !cnames.isEmpty { text += "、CNAME \(cnames.joined(separator: " → ")) 経由" }
        text += "、DNS \(dnsTime)"
        if queries > 1 { text += "（\(queries) 回の問い合わせ）" }
        text += "、\(rounds) ラウンド"
        if live { text += " — Ctrl-C で停止" }
        return text
    }

    /// How a TCP connect ended, in a word.
    private static func word(_ outcome: ConnectionResult.TCPOutcome) -> String {
        switch outcome {
        case .ok: "成功"
        case .timeout: "タイムアウト"
        case .refused: "拒否"
        case .unreachable: "到達不能"
        case .error: "エラー"
        }
    }

    /// How a TLS handshake or HTTP exchange failed, in a word.
    private static func word(_ kind: ConnectionResult.Failure.Kind) -> String {
        switch kind {
        case .alert: "アラート"
        case .reset: "リセット"
        case .closed: "切断"
        case .timeout: "タイムアウト"
        case .protocolError: "プロトコルエラー"
        }
    }
}
