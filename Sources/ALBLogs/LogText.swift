internal import Localization

/// The messages of `albdoctor logs`' findings (LOG001–LOG003), by typed key. English in
/// `LogText+en.swift`, Japanese in `LogText+ja.swift`. LOG000's message is the reader's own
/// English account of the damage, shown as it is.
enum LogText: CatalogEntry {
    /// LOG001: redirected clients that sent no HTTPS request within `window` seconds.
    case redirectedClientsNeverArrived(orphans: Int, redirected: Int, percent: Int, window: Int)
    /// LOG002: failed TLS connections; `codes` lists the commonest `tls_verify_status` values with their counts.
    case tlsConnectionsFailed(failures: Int, connections: Int, clients: Int, codes: String)
    /// LOG003: connections whose `conn_trace_id` is in no access log given.
    case connectionsWithoutRequest(connections: Int, clients: Int)
    /// LOG001's evidence: how many redirects of all went unanswered ("24 of 96").
    case redirectsOfAll(orphans: Int, redirects: Int)
    /// LOG002's evidence label: the failures on one load-balancer node (a key made of its address).
    case failuresOnNode(String)
}
