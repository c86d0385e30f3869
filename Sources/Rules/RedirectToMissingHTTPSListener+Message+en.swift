internal import Localization

extension RedirectToMissingHTTPSListener.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .redirectToNoListener(let listener, let port):
            "\(listener) redirects HTTP clients to https://…:\(port)/ but it has no listener on \(port), so every redirected client gets a 301 and then nothing."
        case .redirectToPlainListener(let listener, let port, let `protocol`):
            "\(listener) redirects HTTP clients to https://…:\(port)/ but its listener on \(port) speaks \(`protocol`), so every redirected client gets a 301 and then nothing."
        case .redirectLandsOnListener(let listener): "the redirect of \(listener) lands on a listener"
        case .httpsRedirectLandsOnListener(let listener, let port): "the HTTPS redirect of \(listener) lands on a listener\(port.map { " on \($0)" } ?? "")"
        case .loadBalancerNotInModel(let loadBalancer): "load balancer \(loadBalancer) is not in the model, so its other listeners are unknown"
        case .redirectProtocolUnknown(let reason): "its protocol is unknown (\(reason.english))"
        case .listenerPortUnknown(let listener, let reason): "the port of \(listener) is unknown (\(reason.english))"
        case .listenerProtocolUnknown(let listener, let reason): "the protocol of \(listener) is unknown (\(reason.english))"
        case .listenersOf(let loadBalancer): "listeners of \(loadBalancer)"
        }
    }
}
