extension CredentialSourceText {
    /// The Japanese of every entry.
    package var japanese: String {
        switch self {
        case .environmentKeys: "環境変数（AWS_ACCESS_KEY_ID）"
        case .environment: "環境変数"
        case .profile(let name): "プロファイル \(name)"
        case .assumedRole(let profile, let role): "プロファイル \(profile)（引き受けたロール \(role)）"
        case .credentialProcess(let profile): "プロファイル \(profile) の credential_process"
        case .instanceMetadata(let role): "インスタンスメタデータサービス（ロール \(role)）"
        }
    }
}
