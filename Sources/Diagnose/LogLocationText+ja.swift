extension LogLocationText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .accessLogsNotEnabled(let value): "アクセスログが有効になっていません（access_logs.s3.enabled は \(value ?? "未設定")）"
        case .connectionLogsNotEnabled(let value): "接続ログが有効になっていません（connection_logs.s3.enabled は \(value ?? "未設定")）"
        }
    }
}
