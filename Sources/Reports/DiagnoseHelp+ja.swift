extension DiagnoseHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract:
            "URL から根本原因までを調べます。失敗するアドレスと、それがどのノード、サブネット、ルートテーブルか、いつからか、影響を受けたクライアントの数、そして修正を示します。"
        case .discussion:
            """
            ほかのビューを 1 回の実行でまとめます。URL のすべてのアドレスを probe し（各アドレスに数回ずつ同時に\
            試すので、ときどき失敗するアドレスも接続タイムアウト 1 回分の時間で分かります）、名前の CNAME \
            チェーンか各アドレスを持つネットワークインターフェイスからアカウント内のロードバランサーを見つけ、\
            各アドレスのノード、サブネット、ルートテーブルと、`aws` が実行するルールを調べます。期間内の\
            ロードバランサーのアクセスログと接続ログを、その属性が示す S3 バケット（または --logs）から\
            ノードごとに読み、--templates を指定すれば変更すべきテンプレートのリソースを示します。使えないビュー\
            （認証情報がない、ログがない、AccessDenied）は、それで何が分かるかと有効にする方法を添えて示し、\
            ほかのビューは続けます。読み取り専用の呼び出し（`aws` の Describe アクション、s3:ListBucket、\
            s3:GetObject）だけを使います。

            例:
              albdoctor diagnose https://test.jp/
              albdoctor diagnose test.jp --profile prod --region ap-northeast-1
              albdoctor diagnose test.jp --snapshot tokyo.json --logs ~/alb-logs/
              albdoctor diagnose test.jp --logs s3://my-logs/prod --since 2025-12-25T22:00:00Z
              albdoctor diagnose test.jp --templates network.yaml alb.yaml --format json
              albdoctor diagnose test.jp --templates parent.yaml --template-url https://bucket.s3.amazonaws.com/vpc.yaml=stacks/vpc.yaml

            終了コード: 0 は --fail-on 以上の指摘なし、1 は --fail-on 以上の指摘あり、2 は誤った入力（解決できない\
            名前、読めないファイル）、3 は内部エラーです。
            """
        case .target: "クライアントが失敗する URL（またはホスト名）。"
        case .rounds: "各アドレスへの試行回数（すべて同時に試します）。"
        case .profile: "AWS のプロファイル（`aws` と同じ）。"
        case .endpointURL: "AWS へのすべての呼び出し（EC2、ELBv2、S3）をこのエンドポイント（moto、LocalStack）に送ります。S3 にはパス形式でアクセスします。"
        case .snapshot:
            "アカウントを呼び出す代わりに、`albdoctor aws --save-snapshot` で保存したスナップショットを使います（S3 からログを読むには、それでも認証情報が必要です）。"
        case .logs: "ロードバランサーの属性が示すバケットの代わりに、ここからログを読みます（ファイル、フォルダー、または s3://BUCKET/PREFIX）。繰り返し指定できます。"
        case .since: "この時刻からのログを読みます（\(OptionGroupHelp.timeValues.japanese)）。デフォルトは --until の 3 時間前です。"
        case .until: "この時刻までのログを読みます。デフォルトは現在です。"
        case .templates: "CloudFormation テンプレートかフォルダー（`lint` と同じ）。変更すべきリソースとスニペットを示します。"
        }
    }
}
