extension LogText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .redirectedClientsNeverArrived(let orphans, let redirected, let percent, let window):
            "ロードバランサーが HTTPS にリダイレクトしたクライアント \(redirected) 件のうち \(orphans) 件（\(percent)%）が、\(window) 秒以内に暗号化されたリクエストを送ってきませんでした。これは、それらのクライアントが到達できないロードバランサーノードがある兆候です。サイトに対して `albdoctor probe` を、そのノードを見つけるために `albdoctor aws` を実行してください。"
        case .tlsConnectionsFailed(let failures, let connections, let clients, let codes):
            "クライアント \(clients) 件からの TLS 接続 \(connections) 件のうち \(failures) 件が失敗しました（\(codes)）。これらのクライアントはアクセスログには一切現れません。"
        case .redirectsOfAll(let orphans, let redirects): "\(redirects) 件中 \(orphans) 件"
        case .failuresOnNode(let node): "ノード \(node) の失敗"
        case .connectionsWithoutRequest(let connections, let clients):
            "クライアント \(clients) 件からの \(connections) 件の接続が接続ログにありますが、その conn_trace_id は指定されたアクセスログに一度も現れません。ハンドシェイクか最初のリクエストが失敗しています。"
        }
    }
}
