internal import Localization

extension RedirectToMissingHTTPSListener {
    /// The messages of ALB009, by typed key. English in `RedirectToMissingHTTPSListener+Message+en.swift`,
    /// Japanese in `RedirectToMissingHTTPSListener+Message+ja.swift`.
    enum Message: CatalogEntry {
        // Findings
        /// An HTTP listener redirects to HTTPS on a port where the load balancer has no listener.
        case redirectToNoListener(listener: String, port: Int)
        /// An HTTP listener redirects to HTTPS on a port whose listener speaks another protocol.
        case redirectToPlainListener(listener: String, port: Int, protocol: String)

        // What could not be verified
        /// That a listener's redirect lands on a listener.
        case redirectLandsOnListener(listener: String)
        /// That a listener's HTTPS redirect lands on a listener (on `port`, when known).
        case httpsRedirectLandsOnListener(listener: String, port: Int?)

        // Why
        /// The listener's load balancer is not in the model (its display name, or `?`).
        case loadBalancerNotInModel(loadBalancer: String)
        /// The protocol of the redirect is unknown; `reason` is the model's.
        case redirectProtocolUnknown(reason: LocalizedText)
        /// The port of a sibling listener is unknown; `reason` is the model's.
        case listenerPortUnknown(listener: String, reason: LocalizedText)
        /// The protocol of a sibling listener is unknown; `reason` is the model's.
        case listenerProtocolUnknown(listener: String, reason: LocalizedText)

        // Evidence
        /// The label of the evidence that lists a load balancer's listeners (a key made of its name).
        case listenersOf(loadBalancer: String)
    }
}
