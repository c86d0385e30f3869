internal import Findings

extension KindTranslation {
    /// PRB001 (`address-never-connects`) in Japanese.
    static let prb001 = KindTranslation(
        title: "一度も接続できないアドレス",
        summary: "ホストが公開しているアドレスのひとつに、どの試行でも接続できません。`timeout`（SYN に応答がない。フィルタリングされているか、ノードの応答に戻りのルートがない。インターネットゲートウェイへの 0.0.0.0/0 のルートがないサブネットにあるロードバランサーノードがこれにあたります）、`refused`（RST が返る。何もリッスンしていない）、`unreachable`（経路上のルーターから ICMP unreachable が返る）のいずれかです。タイムアウトするアドレスを選んだクライアントは、自身の接続タイムアウト（Windows で約 21 秒、Linux で 127 秒）までハングし、ブラウザーには ERR_CONNECTION_TIMED_OUT または ERR_CONNECTION_RESET が表示されます。これが 1 日に数回、そのアドレスを選ぶ割合のクライアントで起こります。",
        howToFix: "`timeout` の場合は、`albdoctor aws`（またはテンプレートに対して `albdoctor lint`）を実行して、インターネットへのルートがないサブネットとルートテーブルを見つけてください。`refused` の場合は、リスナーとノードのセキュリティグループを確認してください。`unreachable` の場合は、そのアドレスへのルートを確認してください。")

    /// PRB002 (`address-connects-sometimes`) in Japanese.
    static let prb002 = KindTranslation(
        title: "ときどきしか接続できないアドレス",
        summary: "あるアドレスに、試行によって接続できたりできなかったりします（`--rounds N`、`--watch`）。そのアドレスとやり取りするパケットが断続的に失われています。",
        howToFix: "ホストのほかのアドレスと比較してください。また、そのノードのヘルス、ネットワーク ACL、経路上にあるステートフルなものすべてを調べてください。")

    /// PRB003 (`published-aaaa-does-not-answer`) in Japanese.
    static let prb003 = KindTranslation(
        title: "応答しない公開 AAAA アドレス",
        summary: "ホストが公開している IPv6 アドレスに一度も接続できない一方で、IPv4 アドレスには接続できます。Happy Eyeballs を持たない IPv6 クライアントはハングし、それ以外のクライアントもフォールバックするまでに時間をロスします。",
        howToFix: "AAAA レコードを削除するか、ノードのサブネットに IPv6 のルート（インターネットゲートウェイへの ::/0）を追加し、セキュリティグループを IPv6 クライアントに開放してください。")

    /// PRB004 (`tls-handshake-fails`) in Japanese.
    static let prb004 = KindTranslation(
        title: "TLS ハンドシェイクの失敗",
        summary: "TCP では接続できますが、そのホストの TLS ハンドシェイクが一度も成功しません。サーバーが `alert` を送る、接続をリセットする（`reset`）かクローズする（`closed`）、`timeout` まで何も応答しない、あるいは TLS ではない応答を返す（`protocol-error`）、のいずれかです。ブラウザーには ERR_CONNECTION_RESET または ERR_SSL_PROTOCOL_ERROR が表示されます。",
        howToFix: "リスナーの証明書とセキュリティポリシー、そしてそのアドレスとポートで実際に何がリッスンしているかを確認してください。")

    /// PRB005 (`no-http-response`) in Japanese.
    static let prb005 = KindTranslation(
        title: "HTTP レスポンスなし",
        summary: "TLS（http:// の URL では TCP）は機能していますが、`--timeout` 以内に完全な HTTP レスポンスヘッダーが届きません。無応答、意味をなさないデータ、少しずつしか届かないデータ、または切断のいずれかです。",
        howToFix: "リスナーのルールと、その背後にあるターゲットを確認してください。")

    /// PRB006 (`port-80-does-not-answer`) in Japanese.
    static let prb006 = KindTranslation(
        title: "応答しないポート 80",
        summary: "あるアドレスが HTTPS には応答しますが、そのポート 80 には接続できないか、HTTP の応答を返しません。https:// を付けずに名前を入力したクライアントは、ハングするか失敗します。",
        howToFix: "HTTPS へリダイレクトするアクションを持つ、ポート 80 の HTTP リスナーを追加し、ロードバランサーのセキュリティグループでポート 80 を開放してください。")

    /// PRB007 (`port-80-bad-redirect`) in Japanese.
    static let prb007 = KindTranslation(
        title: "同じホストの HTTPS にリダイレクトしないポート 80",
        summary: "ポート 80 がリダイレクトせずに応答するか、`https://HOST[:443]/` 以外のホストまたはスキームにリダイレクトします。",
        howToFix: "ポート 80 のリスナーのアクションを、ホスト、パス、クエリをそのまま保った HTTPS への 301 リダイレクトにしてください（`#{host}`、`/#{path}`、`#{query}`）。")

    /// PRB008 (`certificate-out-of-date`) in Japanese.
    static let prb008 = KindTranslation(
        title: "有効期間外の証明書",
        summary: "サーバーが送る証明書チェーン内の証明書が、期限切れか、まだ有効になっていません。すべてのクライアントがこれを拒否します（ERR_CERT_DATE_INVALID）。",
        howToFix: "更新した証明書をリスナーにデプロイしてください（ACM の場合は、更新が失敗した理由を確認してください。DNS 検証用のレコードが削除されたか、インポートした証明書であることが考えられます）。")

    /// PRB009 (`certificate-expires-soon`) in Japanese.
    static let prb009 = KindTranslation(
        title: "まもなく期限切れになる証明書",
        summary: "リーフ証明書の有効期限が `--expiry-warning` 日（デフォルトは 30 日）以内に切れます。",
        howToFix: "クライアントが拒否し始める前に証明書を更新し、新しい証明書をデプロイしてください。")

    /// PRB010 (`certificate-for-another-name`) in Japanese.
    static let prb010 = KindTranslation(
        title: "別の名前の証明書",
        summary: "RFC 6125 の名前チェック（サブジェクト代替名、1 ラベルだけのワイルドカード）で、リーフ証明書がそのホストに対して有効ではありません。ブラウザーには ERR_CERT_COMMON_NAME_INVALID が表示されます。",
        howToFix: "証明書にその名前を追加するか、正しい証明書をリスナーに追加してください（リスナーの複数の証明書からは SNI で選ばれます）。")

    /// PRB011 (`intermediate-missing`) in Japanese.
    static let prb011 = KindTranslation(
        title: "中間証明書の欠落",
        summary: "サーバーがリーフ証明書を、それに署名した中間証明書なしで送っています。中間証明書をキャッシュしているブラウザーは動作しますが、curl、openssl、Java、Android、およびキャッシュのない新しいブラウザーは失敗します。",
        howToFix: "完全なチェーン、つまりリーフ証明書とそれに続く中間証明書を提供してください（インポートした証明書の場合は、証明書チェーンも渡してください）。")

    /// PRB012 (`chain-not-trusted`) in Japanese.
    static let prb012 = KindTranslation(
        title: "信頼されていない証明書チェーン",
        summary: "サーバーが送る証明書チェーンが、信頼されたルート（システムのルート証明書、または `--ca-file` のルート証明書）にたどり着きません。",
        howToFix: "パブリック CA の証明書を使ってください。プライベート CA の場合は、そのルート証明書を `--ca-file` で渡してください。")

    /// PRB013 (`addresses-disagree`) in Japanese.
    static let prb013 = KindTranslation(
        title: "応答が食い違うアドレス",
        summary: "ホストの動作しているアドレスどうしで、返す証明書、ステータスコード、または TLS バージョンが異なります。クライアントには、選んだアドレスによって異なるサイトが見えます。",
        howToFix: "すべてのノードが同じ内容を返すように再デプロイしてください。古いままのノードや、同じ名前の背後にある別のロードバランサーがないか探してください。")

    /// PRB014 (`address-family-lookup-fails`) in Japanese.
    static let prb014 = KindTranslation(
        title: "名前解決できないアドレスファミリー",
        summary: "一方のレコードタイプの検索が失敗し（サーバーが拒否した、失敗を返した、または時間内に応答しなかった）、もう一方のタイプは応答しました。見つかったアドレスはプローブしましたが、失敗したタイプのアドレスは、その名前にあったとしてもプローブしていません。同じように失敗するリゾルバーは、そのクライアントを待たせるか、フォールバックさせます。",
        howToFix: "その名前の DNS サーバーが AAAA（または A）クエリに応答すること、該当するレコードがない場合は空の NOERROR 応答を返すことを確認してから、もう一度プローブしてください。")
}
