internal import Localization
extension ProbeFindingText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .neverConnects(let address, let total, let host, let outcome, let failed, let tries, let port, let detail):
            let consequence: String = switch outcome {
            case .timeout:
                "このアドレスを選んだクライアントは、接続タイムアウト（Windows で約 21 秒、Linux で 127 秒）までハングします。インターネットへのルートがないサブネットにあるロードバランサーノードの特徴です。`albdoctor aws` か `albdoctor lint` を実行して、そのルートテーブルを見つけてください"
            case .refused:
                "このアドレスを選んだクライアントはすぐに失敗します（ERR_CONNECTION_REFUSED）。そこではポート \(port) で何もリッスンしていません。そのノードのリスナーとセキュリティグループを確認してください"
            case .unreachable:
                "このアドレスを選んだクライアントはすぐに失敗します（ERR_ADDRESS_UNREACHABLE）。経路上のルーターが ICMP unreachable を返しました（\(detail.map { $0(.ja) } ?? "ルートなし")）。そのアドレスへのルートを確認してください"
            default: "このアドレスを選んだクライアントは失敗します: \(detail.map { $0(.ja) } ?? "ソケットエラー")"
            }
            return "\(Self.share(address, total, host))への接続は、\(tries) 回中 \(failed) 回\(Self.connect(outcome))。\(consequence)。"
        case .connectsSometimes(let address, let total, let host, let connected, let tries, let outcomes):
            return "\(Self.share(address, total, host))には、\(tries) 回中 \(connected) 回しか接続できませんでした（\(outcomes)）。そこまでの経路で断続的にパケットが失われています。ほかのアドレスと比較し、そのノードの状態を確認してください。"
        case .publishedAAAADoesNotAnswer(let address, let total, let host, let port, let outcome, let failed, let tries):
            return "\(Self.share(address, total, host))は AAAA レコードで公開されていますが、そのポート \(port) への接続は \(tries) 回中 \(failed) 回\(Self.connect(outcome))。Happy Eyeballs に対応していない IPv6 クライアントはハングし、それ以外のクライアントもフォールバックまで余計に時間がかかります。AAAA レコードを削除するか、そのノードに IPv6 のルート（インターネットゲートウェイへの ::/0）を追加してください。"
        case .tlsFails(let address, let port, let host, let failure, let detail):
            return "\(address) はポート \(port) で TCP を受け付けますが、\(host) の TLS ハンドシェイクが失敗します（\(failure)）: \(JapaneseSpacing.sentenceBeforeMore(detail(.ja)))このアドレスを選んだクライアントのブラウザーには、ERR_CONNECTION_RESET または ERR_SSL_PROTOCOL_ERROR が表示されます。"
        case .noHTTPResponse(let address, let overTLS, let url, let failure, let detail):
            return "\(address) は\(overTLS ? " TLS ハンドシェイク" : "接続")を完了しますが、GET \(url) に HTTP レスポンスを返しません（\(failure)）: " + JapaneseSpacing.sentence(detail(.ja))
        case .port80DoesNotConnect(let address, let host, let outcome):
            return "\(address) は HTTPS に応答しますが、ポート 80 への接続は\(Self.connect(outcome))。https:// を付けずに \(host) と入力したクライアントは\(outcome == .timeout ? "ハング" : "失敗")します。HTTPS へリダイレクトする HTTP リスナーを追加してください。"
        case .port80GivesNoAnswer(let address, let detail, let host):
            return "\(address) はポート 80 で接続を受け付けますが、HTTP の応答を返しません（\(detail.map { $0(.ja) } ?? "応答なし")）。https:// を付けずに \(host) と入力したクライアントは失敗します。"
        case .port80RedirectsElsewhere(let host, let address, let location):
            let what = location.isEmpty ? "にリダイレクトせず、リダイレクト先がありません（Location なし）" : "ではなく \(location) にリダイレクトします"
            return Self.badRedirect(host: host, address: address, what: what)
        case .port80AnswersWithoutRedirect(let host, let address, let status):
            return Self.badRedirect(host: host, address: address, what: "にリダイレクトせず、平文の HTTP でステータス \(status) を返します")
        case .certificateUnreadable(let addresses, let host, let problem):
            return "\(Self.serve(addresses, host))証明書は読み取れないため、クライアントはこれを拒否します: \(JapaneseSpacing.sentenceBeforeMore(problem.map { $0(.ja) } ?? "X.509 DER ではありません"))有効な証明書をリスナーに追加してください。"
        case .certificateExpired(let addresses, let host, let days, let notAfter):
            return "\(Self.serve(addresses, host))証明書は \(days) 日前に期限切れになりました（\(notAfter)）。すべてのクライアントがこれを拒否します。更新した証明書をリスナーにデプロイしてください。"
        case .certificateNotYetValid(let addresses, let host, let notBefore):
            return "\(Self.serve(addresses, host))証明書は、まだ有効ではありません（\(notBefore) から有効）。すべてのクライアントがこれを拒否します。更新した証明書をリスナーにデプロイしてください。"
        case .certificateExpiresSoon(let addresses, let host, let days, let notAfter):
            return "\(Self.serve(addresses, host))証明書は \(days) 日後に期限切れになります（\(notAfter)）。クライアントが拒否し始める前に更新してください。"
        case .certificateForAnotherName(let addresses, let names, let host):
            return "\(Self.list(addresses)) が返す証明書は \(Self.list(names)) 用で、\(host) 用ではありません。ブラウザーには ERR_CERT_COMMON_NAME_INVALID が表示されます。\(host) を証明書に追加するか、正しい証明書をリスナーに追加してください（SNI）。"
        case .intermediateMissing(let addresses, let host, let issuer):
            return "\(Self.list(addresses)) は \(host) のリーフ証明書を、その中間証明書（\(issuer)）なしで返しています。中間証明書をキャッシュしているブラウザーは動作しますが、curl、openssl、Java、Android は失敗します。完全なチェーン（リーフ証明書、続いて中間証明書）を返すようにしてください。"
        case .chainNotTrusted(let addresses, let host, let problem):
            return "\(Self.serve(addresses, host))証明書チェーンは信頼されていません: " + JapaneseSpacing.sentence(problem.map { $0(.ja) } ?? "信頼されたルートへのパスがありません")
        case .addressesDisagree(let host, let differences):
            return "\(host) のアドレスどうしで応答が食い違っています（\(differences.map(\.japanese).joined(separator: " | "))）。クライアントには、選んだアドレスによって異なるサイトが見えます。すべてのノードが同じ内容を返すように再デプロイしてください。"
        case .familyLookupFails(let recordType, let host, let reason, let probed):
            return "\(host) の \(recordType) の検索が失敗した（\(reason(.ja))）ため、もう一方のアドレスファミリーの \(probed) 個のアドレスだけをプローブしました。DNS サーバーが、この名前の \(recordType) クエリに応答するようにしてください。"
        }
    }

    /// `203.0.113.7（example.com の 4 個のアドレスの 1 つ）`.
    private static func share(_ address: String, _ total: Int, _ host: String) -> String {
        total == 1 ? "\(address)（\(host) の唯一のアドレス）" : "\(address)（\(host) の \(total) 個のアドレスの 1 つ）"
    }

    /// `203.0.113.7、203.0.113.8`.
    private static func list(_ values: [String]) -> String {
        values.joined(separator: "、")
    }

    /// `203.0.113.7 が example.com に対して返す`, before what they return.
    private static func serve(_ addresses: [String], _ host: String) -> String {
        "\(list(addresses)) が \(host) に対して返す"
    }

    /// PRB007: `what` follows `https://HOST/`.
    private static func badRedirect(host: String, address: String, what: String) -> String {
        "\(address) の http://\(host)/ は https://\(host)/ \(what)。ポート 80 のリスナーのアクションを、ホストとパスをそのまま保った HTTPS への 301 リダイレクトにしてください。"
    }

    /// How a connect ended, after `への接続は` and its count.
    private static func connect(_ outcome: ConnectionResult.TCPOutcome) -> String {
        switch outcome {
        case .ok: "成功しました"
        case .timeout: "タイムアウトしました"
        case .refused: "拒否されました"
        case .unreachable: "到達不能でした"
        case .error: "失敗しました"
        }
    }
}

extension AddressDifference {
    /// The Japanese of every entry: `ステータス: 203.0.113.7 では 200、203.0.113.8 では 503`.
    var japanese: String {
        let (label, answers): (String, [DifferingAnswer]) = switch self {
        case .certificate(let answers): ("証明書", answers)
        case .status(let answers): ("ステータス", answers)
        case .tlsVersion(let answers): ("TLS バージョン", answers)
        }
        return "\(label): " + answers.map { "\($0.addresses.joined(separator: "、")) では \($0.value)" }.joined(separator: "; ")
    }
}
