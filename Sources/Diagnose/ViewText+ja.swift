internal import Localization

extension ViewText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .probeRead(let addresses, let host, let resolvedBy, let tries):
            "\(host) のアドレス \(addresses) 個（\(resolvedBy) で解決）、各 \(tries) 回試行"
        case .accountRead(let source, let loadBalancers, let subnets):
            "\(source.japanese): ロードバランサー \(loadBalancers) 個、サブネット \(subnets) 個"
        case .logsRead(let files, let source, let requests, let connections, let period):
            "\(source) の \(files) ファイル、\(period) のリクエスト \(requests) 件と接続 \(connections) 件"
        case .probeChecked(let host, let addresses, let tries):
            "probe: \(host) のすべてのアドレス（\(addresses.joined(separator: ", "))）が \(tries) 回の試行で接続し、TLS と HTTP に応答しました"
        case .accountChecked(let loadBalancer, let source):
            "account: \(loadBalancer.map { "\($0) のサブネット、ルートテーブル、ネットワーク ACL、セキュリティグループ" } ?? "\(JapaneseSpacing.before(source.japanese))のすべてのロードバランサー")がルールを満たしています"
        case .logsChecked(let tlsFailures, let period):
            "logs: \(period) に、HTTPS にリダイレクトされたまま到着しなかったクライアントはなく、失敗した TLS ハンドシェイクは \(tlsFailures) 件でした"
        case .templatesChecked(let scope): "templates: \(scope(.ja))がルールを満たしています"
        case .loadBalancerWritesNoLogs(let loadBalancer, let disabled): "\(loadBalancer) はログを書いていません: \(disabled.map { $0(.ja) }.joined(separator: "、"))"
        case .noLogsNoAccount: "--logs がなく、ロードバランサーのログバケットを探すアカウントもありません"
        case .noLogsNoLoadBalancer: "--logs がなく、アカウントにはこの名前のロードバランサーがありません"
        case .logsNeedCredentials(let locations, let problem): "\(locations) を読むには AWS の認証情報が必要です: \(problem(.ja))"
        case .logsWouldAdd: "いつからどれだけのクライアントが失敗しているか（リダイレクトされて到着しなかったクライアント）と、何も書かなかったノード"
        case .accountWouldAdd: "各アドレスがどのロードバランサーノード、サブネット、ルートテーブルのものか、なぜ応答できないか、直すための AWS CLI コマンド"
        case .enableLogsOnLoadBalancer(let arn):
            "aws elbv2 modify-load-balancer-attributes --load-balancer-arn \(arn) --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=BUCKET Key=connection_logs.s3.enabled,Value=true Key=connection_logs.s3.bucket,Value=BUCKET を実行するか、--logs PATH を渡します"
        case .passLogs: "--logs PATH を渡します"
        case .passLogsOrBucket: "--logs PATH か --logs s3://BUCKET/PREFIX を渡します"
        case .passReadableLogs: "読めるファイルかフォルダーを --logs に渡します"
        case .passLogCredentials: "--profile NAME を渡す（または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定する）か、ログをダウンロードして --logs PATH を渡します"
        case .allowS3(let locations): "\(locations) に対する s3:ListBucket と s3:GetObject を許可するか、ログをダウンロードして --logs PATH を渡します"
        case .passAccountCredentials:
            "--profile NAME と --region REGION を渡す（または AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY、AWS_REGION を設定する）か、`albdoctor aws --save-snapshot` で保存した --snapshot FILE を渡します"
        case .allowDescribe: "`albdoctor aws --help` に挙げた Describe アクションを許可します"
        case .fixErrorAbove: "上のエラーを直して再実行するか、--snapshot FILE を使います"
        }
    }
}
