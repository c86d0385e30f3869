extension LogsHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract:
            "ALB のアクセスログと接続ログを読み、HTTPS にリダイレクトされたまま届かなかったクライアントや、TLS ハンドシェイクに失敗したクライアントを見つけます。"
        case .discussion:
            """
            .log と .log.gz のファイル、フォルダー（`aws s3 sync` が残す \
            AWSLogs/ACCOUNT/elasticloadbalancing/REGION/YYYY/MM/DD/ の構成を再帰的に）、標準入力を表す - を、\
            すべてのコアで読みます。アクセスログと接続ログ（conn_log.* のファイル、または内容で判別）は混ざって\
            いてもかまいません。Athena や CloudWatch からエクスポートした JSON Lines も読めます。

            例:
              albdoctor logs ~/alb-logs/AWSLogs/123456789012/elasticloadbalancing/ap-northeast-1/2025/12/25/
              albdoctor logs logs/ --since 2025-12-25T23:00:00Z --until 2025-12-26T01:00:00Z
              albdoctor logs logs/ --client 119.21.1.1
              zcat *.log.gz | albdoctor logs - --format json | jq .analyses.orphanRedirects
              albdoctor logs --athena-sql alb_access_logs     # 同じ分析を Athena の SQL で
            """
        case .paths: "ログのファイル、フォルダー、または標準入力を表す -。"
        case .window(let longestHours):
            "リダイレクトされたクライアントが HTTPS で届くまでの猶予: \(OptionGroupHelp.windowValues(longestHours: longestHours).japanese)。"
        case .connectionWindow:
            "接続ログとアクセスログを conn_trace_id で結び付けるときに、接続が開いてからリクエストを運びうる時間（デフォルトは ALB のクライアントのキープアライブと同じ 1h。アイドルタイムアウトは最大 4000s）。"
        case .since: "この時刻以降のエントリーだけを読みます（\(OptionGroupHelp.timeValues.japanese)）。"
        case .until: "この時刻以前のエントリーだけを読みます。"
        case .client: "1 つのクライアントアドレスを両方のログで追跡します。"
        case .athenaSQL: "このアクセスログのテーブルに対して同じ分析を行う Athena の SQL を出力して終了します。"
        case .athenaConnectionTable: "--athena-sql で使う接続ログのテーブル（デフォルトは、アクセスログのテーブル名の access を connection に置き換えた名前）。"
        }
    }
}
