extension AWSHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract: "稼働中のアカウント（またはスナップショット）を検査し、いま壊れているノード、サブネット、ルートを突き止めます。"
        case .discussion(let permissions):
            """
            読み取り専用の呼び出しで 1 つのリージョンを読み、`lint` がテンプレートから作るのと同じネットワークモデルを\
            組み立てて同じルールを実行し、AWS が示す範囲でロードバランサーの各ノードのパブリックアドレスを示します。\
            認証情報とリージョンは AWS CLI と同じ方法で探します（環境変数、プロファイルを含む ~/.aws/credentials と \
            ~/.aws/config、credential_process、role_arn + source_profile、インスタンスメタデータ）。

            必要な IAM 権限（すべて読み取り専用）: \(permissions)。プロファイルがロールを指定している場合は \
            sts:AssumeRole も必要です。

            例:
              albdoctor aws --profile prod --region ap-northeast-1
              albdoctor aws --load-balancer test-alb --save-snapshot tokyo.json
              albdoctor aws --snapshot tokyo.json            # オフラインで同じ指摘
              albdoctor aws --endpoint-url http://127.0.0.1:5000   # moto か LocalStack
            """
        case .profile: "~/.aws/config か ~/.aws/credentials のプロファイル（デフォルトは AWS_PROFILE、なければ環境変数のキー、それもなければ 'default'）。"
        case .region: "リージョン（デフォルトは AWS_REGION、AWS_DEFAULT_REGION、プロファイルのリージョンの順）。"
        case .loadBalancer: "このロードバランサー（名前か ARN）だけを検査します。繰り返し指定できます。デフォルトはリージョン内のすべてです。"
        case .endpointURL: "すべての呼び出しをこのエンドポイント（moto、LocalStack）に送ります。デフォルトは AWS_ENDPOINT_URL、なければ AWS のリージョンのエンドポイントです。"
        case .saveSnapshot: "読み取った内容を、認証情報を除いた JSON としてこのファイルにも書き出します。"
        case .snapshot: "AWS を呼び出す代わりに、保存したスナップショットを分析します。"
        }
    }
}
