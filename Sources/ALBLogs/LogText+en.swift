extension LogText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .redirectedClientsNeverArrived(let orphans, let redirected, let percent, let window):
            "\(orphans) of \(redirected) clients (\(percent)%) that the load balancer redirected to HTTPS sent no encrypted request within \(window) s — the signature of a load-balancer node they cannot reach; run `albdoctor probe` on the site and `albdoctor aws` to find it."
        case .tlsConnectionsFailed(let failures, let connections, let clients, let codes):
            "\(failures) of \(connections) TLS connections from \(clients) clients failed (\(codes)); access logs never show these clients."
        case .redirectsOfAll(let orphans, let redirects): "\(orphans) of \(redirects)"
        case .failuresOnNode(let node): "failures on node \(node)"
        case .connectionsWithoutRequest(let connections, let clients):
            "\(connections) connections from \(clients) clients appear in the connection logs but their conn_trace_id never appears in the access logs given: their handshake or first request failed."
        }
    }
}
