extension LineProblem {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .emptyLine: "空の行です"
        case .unclosedQuote: "引用符で始まるフィールドが閉じていません"
        case .tooFewAccessFields(let found): "アクセスログには 12 個以上のフィールドが必要ですが、\(found) 個しかありません"
        case .noRequestType: "先頭にリクエストの種類（http、https、h2、grpcs、ws、wss）が必要です"
        case .accessTime(let found): "2 番目のフィールドに ISO 8601 の時刻が必要ですが、'\(found)' があります"
        case .clientAddress(let found): "4 番目のフィールドに client:port が必要ですが、'\(found)' があります"
        case .tooFewConnectionFields(let found): "接続ログには 12 個以上のフィールドが必要ですが、\(found) 個しかありません"
        case .connectionTime(let found): "先頭に ISO 8601 のタイムスタンプが必要ですが、'\(found)' があります"
        case .notJSONObject: "'{' で始まる行が JSON オブジェクトではありません"
        case .jsonAccessWithoutTime: "JSON のアクセスログのエントリには ISO 8601 の \"time\" が必要です"
        case .jsonAccessWithoutClient: "JSON のアクセスログのエントリには \"client_ip_port\" か \"client_ip\" が必要です"
        case .jsonNeitherKind: "JSON の行には \"type\"（アクセスログ）、または \"timestamp\" と \"client_ip\"（接続ログ）が必要です"
        }
    }
}
