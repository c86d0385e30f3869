internal import Localization

extension ResolutionText {
    /// The Japanese of every entry.
    package var japanese: String {
        switch self {
        case .dnsServerNotHostPort(let text, let reason):
            "--dns '\(text)': \(reason(.ja))"
        case .dnsServerNotAddress(let text):
            "--dns '\(text)': DNS サーバーの IP アドレスを、必要なら :PORT を付けて指定してください（例: 10.0.0.2:53、[fd00::53]:53）"
        case .caFileUnreadable(let path, let reason):
            "--ca-file \(path): 読み取れません（\(reason)）"
        case .caFileInvalidCertificate(let path, let certificate, let reason):
            "--ca-file \(path): \(certificate) 番目の証明書が有効な PEM/DER ではありません（\(reason)）"
        case .caFileEmpty(let path):
            "--ca-file \(path): PEM 形式の証明書（-----BEGIN CERTIFICATE-----）が必要ですが、1 つもありません"
        case .cannotSetUpTLS(let reason):
            "TLS を準備できません: \(reason)"
        case .nameDoesNotExist(let host, let server, let name):
            "\(host) は存在しません: \(server) が \(name) に NXDOMAIN を返しました"
        case .serverFailed(let server, let recordType, let name):
            "\(server) は \(recordType) \(name) の名前解決に失敗しました（SERVFAIL）"
        case .serverRefused(let server, let recordType, let name):
            "\(server) は \(recordType) \(name) の名前解決を拒否しました（REFUSED）。この名前を解決するリゾルバーか確認してください"
        case .responseCode(let server, let recordType, let name, let code):
            "\(server) は \(recordType) \(name) にレスポンスコード \(code) を返しました"
        case .serverDidNotAnswer(let server, let recordType, let name, let transport, let within):
            "\(server) は \(transport) での \(recordType) \(name) の問い合わせに \(within) 以内に応答しませんでした"
        case .cannotAsk(let server, let recordType, let name, let transport, let reason):
            "\(server) に \(transport) で \(recordType) \(name) を問い合わせられません: \(reason)"
        case .closedBeforeAnswer(let server, let recordType, let name, let transport):
            "\(server) に \(transport) で \(recordType) \(name) を問い合わせられません: サーバーが応答をすべて返す前に TCP 接続を閉じました"
        case .malformedAnswer(let server, let recordType, let name, let transport, let reason):
            "\(server) が \(transport) での \(recordType) \(name) の問い合わせに不正な形式の応答を返しました: \(reason)"
        case .systemResolverTimedOut(let host, let family, let within):
            "システムのリゾルバーが \(host)（\(family)）について \(within) 以内に応答しませんでした。--dns SERVER でサーバーに直接問い合わせてみてください"
        case .doesNotResolve(let host, let reason):
            "\(host) は名前解決できません（\(reason)）。名前を確認するか、--dns SERVER でその名前の DNS サーバーに問い合わせてください"
        case .systemResolverFailed(let host, let family, let code, let reason):
            "システムのリゾルバーが \(host) の名前解決に失敗しました（\(family)、\(code)）: \(reason)"
        case .noRecords(let host, let recordTypes, let source):
            "\(host) には \(recordTypes.joined(separator: " または ")) レコードがありません（\(source) に問い合わせました）"
        }
    }
}
