internal import Findings

extension KindTranslation {
    /// LOG000 (`log-file-read-in-part`) in Japanese.
    static let log000 = KindTranslation(
        title: "一部しか読めなかったログファイル",
        summary: "ログファイルを最後まで読めませんでした。gzip メンバーが途中で切れているか壊れている、または読み取りエラーです。損傷箇所より前の行は集計されますが、ファイルの残りは集計されません。",
        howToFix: "ファイルをもう一度ダウンロードしてください（`aws s3 cp`）。指摘には、そのファイルと読み取りが止まった位置が示されます。")

    /// LOG001 (`redirected-clients-never-arrived`) in Japanese.
    static let log001 = KindTranslation(
        title: "リダイレクト後に HTTPS で来なかったクライアント",
        summary: "ロードバランサー自身がポート 80 で HTTPS へのリダイレクトを返したクライアントが、時間枠（`--window`、デフォルトは 180 秒）内に HTTPS リクエストを送ってきませんでした。数パーセントは正常です（ボット、閉じられたタブ）。一定の割合で続くなら、到達できないノードがある兆候です。それらのクライアントは、ポート 443 で到達できないロードバランサーノードを選んでいます。",
        howToFix: "サイトに対して `albdoctor probe` を実行してどのアドレスが応答しないかを確認し、`albdoctor aws`（または `albdoctor lint`）でそのサブネットと欠けているルートを見つけてください。")

    /// LOG002 (`tls-connections-failed`) in Japanese.
    static let log002 = KindTranslation(
        title: "失敗した TLS 接続",
        summary: "接続ログに、失敗した TLS ハンドシェイクが記録されています（`tls_verify_status` が `Failed:…`）。これらのクライアントはアクセスログには一切現れません。この指摘は、それらをエラー別およびロードバランサーノード別に数えます。",
        howToFix: "失敗が特定のノードに集中していれば、そのノードに原因があります。すべてのノードに分散していれば、クライアントの TLS バージョンと暗号をリスナーのセキュリティポリシーと比較してください。")

    /// LOG003 (`connections-without-request`) in Japanese.
    static let log003 = KindTranslation(
        title: "リクエストのなかった接続",
        summary: "接続ログにある接続のうち、その `conn_trace_id` が指定されたアクセスログに一度も現れないものです。ハンドシェイクか最初のリクエストが失敗したか、指定されたアクセスログの対象期間のほうが短いかのどちらかです。",
        howToFix: "同じ時間帯のアクセスログを指定してください。アクセスログが揃っている場合は、LOG002 でこれらのクライアントを調べてください。")
}
