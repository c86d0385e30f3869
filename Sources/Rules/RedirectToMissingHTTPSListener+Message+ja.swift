internal import Localization

extension RedirectToMissingHTTPSListener.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .redirectToNoListener(let listener, let port):
            "\(listener) は HTTP クライアントを https://…:\(port)/ にリダイレクトしますが、ポート \(port) にリスナーがないため、リダイレクトされたクライアントはどれも 301 を受け取った後、何も受け取れません。"
        case .redirectToPlainListener(let listener, let port, let `protocol`):
            "\(listener) は HTTP クライアントを https://…:\(port)/ にリダイレクトしますが、ポート \(port) のリスナーのプロトコルは \(`protocol`) のため、リダイレクトされたクライアントはどれも 301 を受け取った後、何も受け取れません。"
        case .redirectLandsOnListener(let listener): "\(listener) のリダイレクト先にリスナーがあること"
        case .httpsRedirectLandsOnListener(let listener, let port): "\(listener) の HTTPS リダイレクト先\(port.map { "のポート \($0) " } ?? "")にリスナーがあること"
        case .loadBalancerNotInModel(let loadBalancer): "ロードバランサー \(loadBalancer) がモデルにないため、そのほかのリスナーがわかりません"
        case .redirectProtocolUnknown(let reason): "リダイレクトのプロトコルが不明です（\(reason(.ja))）"
        case .listenerPortUnknown(let listener, let reason): "\(listener) のポートが不明です（\(reason(.ja))）"
        case .listenerProtocolUnknown(let listener, let reason): "\(listener) のプロトコルが不明です（\(reason(.ja))）"
        case .listenersOf(let loadBalancer): "\(loadBalancer) のリスナー"
        }
    }
}
