internal import Localization

extension AWSErrorText {
    /// The Japanese of every entry.
    package var japanese: String {
        switch self {
        case .loadBalancersNotFound(let missing, let region, let found):
            "\(region) にロードバランサー \(missing.joined(separator: "、")) はありません。"
                + (found.isEmpty ? "このリージョンにはロードバランサーがありません。" : "あるのは \(found.joined(separator: "、")) です。")
        case .snapshotNotEncodable(let reason):
            "スナップショットを JSON として書き出せません: \(reason)"
        case .snapshotNotJSON(let file):
            "\(file) は albdoctor のスナップショットではありません（JSON ではありません）。`albdoctor aws --save-snapshot FILE` で作ってください。"
        case .snapshotFormat(let file, let format, let reads):
            "\(file) は形式\(format.map { " \($0) " } ?? "不明")のスナップショットです。この albdoctor が読めるのは形式 \(reads) です。"
        case .snapshotLacksKey(let file, let key, let path):
            path.isEmpty ? "\(file) の最上位に '\(key)' がありません。" : "\(file) の \(path) に '\(key)' がありません。"
        case .snapshotInvalid(let file, let reason):
            "\(file) は正しいスナップショットではありません: \(reason)"
        case .snapshotUnreadable(let path):
            "\(path): ファイルがないか、読めません"
        case .endpointNotURL(let endpoint):
            "エンドポイント '\(endpoint)' は URL ではありません。http://127.0.0.1:5000 のように指定してください。"
        case .notAWSXML(let endpoint, let action, let reason):
            "\(endpoint) は \(action) に AWS の XML ではない本文で応答しました（\(reason)）。--endpoint-url が AWS API のエンドポイントか確認してください。"
        case .accessDenied(let credentials, let permission, let s3, let awsMessage):
            "\(Self.named(credentials))には \(permission) を呼び出す権限がありません。IAM ポリシーで許可してください（"
                + (s3 ? "albdoctor がログを読むのに使うのは s3:ListBucket と s3:GetObject だけです" : "albdoctor に必要なのは `albdoctor aws --help` に挙げた Describe アクションだけです")
                + "）。\(Self.awsSaidInJapanese(awsMessage))"
        case .expiredToken(let credentials, let awsMessage):
            "\(Self.named(credentials))のセッショントークンは期限切れです。新しい認証情報を取得して（`aws sso login` や新しい assume-role セッションなど）再実行してください。\(Self.awsSaidInJapanese(awsMessage))"
        case .invalidCredentials(let credentials, let code, let awsMessage):
            "AWS は\(Self.named(credentials))を拒否しました（\(code)）。キーが存在しないか、削除されたか、シークレットが間違っています。\(Self.awsSaidInJapanese(awsMessage))"
        case .regionNotEnabled(let region, let awsMessage):
            "リージョン \(region) はこのアカウントで有効になっていないか、存在しません。\(Self.awsSaidInJapanese(awsMessage))"
        case .serviceFailed(let permission, let status, let code, let awsMessage):
            "\(permission) が HTTP \(status)\(code.map { " \($0)" } ?? "") で失敗しました。\(Self.awsSaidInJapanese(awsMessage))"
        case .readingFailed(let reason):
            "アカウントの読み取りに失敗しました: \(reason)"
        case .sharedFileIsFolder(let path, let variable):
            "\(path) を読めません: ファイルではなくフォルダーです。削除するか、\(variable) に別のファイルを設定してください。"
        case .sharedFileUnreadable(let path, let variable):
            "\(path) を読めません: 権限がないか、I/O エラーです。権限を直すか、\(variable) に別のファイルを設定してください。"
        case .sharedFileNotUTF8(let path, let variable):
            "\(path) は UTF-8 のテキストではないため、プロファイルを読めません。UTF-8 で保存するか、\(variable) に別のファイルを設定してください。"
        case .noRegion(let profile, let configFile):
            "リージョンが指定されていません。--region を渡すか、AWS_REGION を設定するか、\(configFile) のプロファイル \(profile) に `region = …` を追加してください。"
        case .notARegion(let region):
            "'\(region)' は AWS のリージョン名ではありません。ap-northeast-1 のように指定してください。"
        case .profileNotFound(let name, let credentialsFile, let configFile, let known):
            "プロファイル '\(name)' は \(credentialsFile) にも \(configFile) にもありません。"
                + (known.isEmpty ? "" : "あるプロファイル: \(known.joined(separator: "、"))")
        case .noCredentialsFound(let credentialsFile, let configFile, let instanceMetadata):
            "AWS の認証情報が見つかりません。AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY、\(credentialsFile) と \(configFile) のプロファイル default"
                + (instanceMetadata ? "、EC2 インスタンスメタデータサービス" : " ")
                + "を探しました。AWS_PROFILE か AWS_ACCESS_KEY_ID を設定するか、`aws configure` を実行してください。"
        case .profileCycle(let chain):
            "プロファイルが循環して参照し合っています: \(chain.joined(separator: " → "))"
        case .sourceProfileNotFound(let name, let referrer, let credentialsFile, let configFile):
            "プロファイル '\(name)'（\(referrer) の source_profile）は \(credentialsFile) にも \(configFile) にもありません。"
        case .roleWithoutSource(let profile):
            "プロファイル \(profile) には role_arn がありますが、それを引き受けるための source_profile（または credential_source = Environment）がありません。"
        case .ssoProfile(let profile):
            "プロファイル \(profile) は IAM Identity Center (SSO) を使っていますが、albdoctor はこれを読みません。`aws configure export-credentials --profile \(profile) --format env` を実行し、表示される環境変数を使ってください。"
        case .profileWithoutCredentials(let profile):
            "プロファイル \(profile) には aws_access_key_id/aws_secret_access_key、credential_process、role_arn のいずれもありません。"
        case .assumeRoleWithoutCredentials(let role):
            "\(role) に対する STS AssumeRole の応答に認証情報がありません。"
        case .credentialProcessTimedOut(let profile, let seconds, let output):
            "プロファイル \(profile) の credential_process が \(seconds) 秒以内に終わらなかったため、停止しました。" + (output.isEmpty ? "" : "出力: \(output)")
        case .credentialProcessFailedToRun(let profile, let reason):
            "プロファイル \(profile) の credential_process が失敗しました: \(reason)"
        case .credentialProcessExited(let profile, let status, let errorText):
            "プロファイル \(profile) の credential_process が終了コード \(status) で終了しました" + (errorText.isEmpty ? "。" : ": \(errorText)")
        case .credentialProcessInvalidJSON(let profile):
            "プロファイル \(profile) の credential_process は正しい JSON を出力しませんでした。{\"Version\": 1, \"AccessKeyId\": …, \"SecretAccessKey\": …} の形で出力する必要があります。"
        case .credentialProcessExpired(let profile, let expiration):
            "プロファイル \(profile) の credential_process が返した認証情報は \(expiration) に期限切れになっています。"
        case .instanceWithoutRole(let endpoint):
            "\(endpoint) のインスタンスメタデータサービスは応答しましたが、このインスタンスには IAM ロールがありません。"
        case .instanceRoleWithoutCredentials(let endpoint, let role):
            "\(endpoint) のインスタンスメタデータサービスはロール \(role) の認証情報を返しませんでした。"
        case .instanceCredentialsUnreadable(let endpoint, let role):
            "\(endpoint) のインスタンスメタデータサービスが返したロール \(role) の認証情報を読めません。"
        case .s3NotXML(let bucket, let reason):
            "S3 は \(bucket) の ListObjectsV2 に XML ではない本文で応答しました（\(reason)）。"
        case .s3URL(let base, let bucket):
            "'\(base)' とバケット '\(bucket)' から S3 の URL を作れません。--endpoint-url http://127.0.0.1:5000 のように指定してください。"
        case .unreachable(let endpoint, let permission, let attempts, let reason):
            "\(permission) のために \(endpoint) へ \(attempts) 回接続を試みましたが、届きませんでした（\(reason)）。リージョン、ネットワーク、--endpoint-url を確認してください。"
        case .notAWSXMLWithStatus(let endpoint, let action, let status, let reason):
            "\(endpoint) は \(action) に HTTP \(status) と AWS の XML ではない本文で応答しました（\(reason)）。--endpoint-url が AWS API のエンドポイントか確認してください。"
        case .cancelled(let permission, let endpoint):
            "\(endpoint) への \(permission) の再試行を待つ間に中断されました。"
        }
    }

    /// The credentials as a Japanese sentence names them: `プロファイル dev の認証情報 AKIA…`,
    /// with a space after when the key ends it (it always does: a key id is Latin).
    private static func named(_ credentials: AWSCredentials) -> String {
        "\(JapaneseSpacing.before(credentials.localizedSource(.ja)))の認証情報 \(credentials.accessKeyID) "
    }

    /// What AWS said, as a sentence after the others, or nothing when it said nothing.
    private static func awsSaidInJapanese(_ awsMessage: String) -> String {
        awsMessage.isEmpty ? "" : "AWS の応答: \(awsMessage)"
    }
}
